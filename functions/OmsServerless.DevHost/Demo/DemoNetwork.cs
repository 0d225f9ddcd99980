using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Network;

namespace OmsServerless.DevHost.Demo;

/// <summary>
/// The demo retailer's network: two distribution centers, a 3PL, a drop-shipper and 38 stores in real US shopping
/// districts. Each node sits at the centroid of its real ZIP code, taken from the postal-code directory.
/// </summary>
public static class DemoNetwork
{
    private const NodeCapabilities FullStore =
        NodeCapabilities.Ship | NodeCapabilities.Pickup | NodeCapabilities.ShipToStoreReceiving | NodeCapabilities.Returns;

    /// <summary>Small-format stores: customers collect and return there, but it has no parcel station.</summary>
    private const NodeCapabilities PickupStore = NodeCapabilities.Pickup | NodeCapabilities.ShipToStoreReceiving | NodeCapabilities.Returns;

    private static readonly Row[] Rows =
    [
        new("DC-MEMPHIS", "Memphis Distribution Center", NodeType.DistributionCenter, "4500 Distriplex Dr", "38118", "TN", "Southeast", "America/Chicago", NodeCapabilities.Ship | NodeCapabilities.Returns, 20000, 18, 1.10m, 1),
        new("DC-ONTARIO", "Ontario Distribution Center", NodeType.DistributionCenter, "3450 E Francis St", "91761", "CA", "West", "America/Los_Angeles", NodeCapabilities.Ship | NodeCapabilities.Returns, 16000, 18, 1.15m, 1),
        new("3PL-RENO", "Reno 3PL Fulfillment", NodeType.ThirdPartyLogistics, "1055 Trademark Dr", "89521", "NV", "West", "America/Los_Angeles", NodeCapabilities.Ship, 8000, 17, 1.60m, 2),
        new("DS-COLUMBUS", "Columbus Home Goods (drop-ship)", NodeType.DropShipper, "3800 Twin Creeks Dr", "43204", "OH", "Midwest", "America/New_York", NodeCapabilities.Ship, 3000, 14, 0.90m, 3),
        new("STORE-NYC-5TH", "Fifth Avenue", NodeType.Store, "350 5th Ave", "10118", "NY", "Northeast", "America/New_York", FullStore, 150, 15, 3.40m, 4),
        new("STORE-BKN-ATL", "Brooklyn Atlantic Terminal", NodeType.Store, "139 Flatbush Ave", "11217", "NY", "Northeast", "America/New_York", FullStore, 90, 15, 3.20m, 4),
        new("STORE-BOS-BKB", "Boston Back Bay", NodeType.Store, "800 Boylston St", "02199", "MA", "Northeast", "America/New_York", FullStore, 110, 15, 3.30m, 4),
        new("STORE-PHL-CTR", "Philadelphia Center City", NodeType.Store, "1625 Chestnut St", "19103", "PA", "Northeast", "America/New_York", FullStore, 100, 15, 3.00m, 4),
        new("STORE-PIT-DTN", "Pittsburgh Downtown", NodeType.Store, "301 5th Ave", "15222", "PA", "Northeast", "America/New_York", FullStore, 70, 15, 2.80m, 4),
        new("STORE-STM-CT", "Stamford Town Center", NodeType.Store, "100 Greyrock Pl", "06901", "CT", "Northeast", "America/New_York", PickupStore, 40, 15, 3.10m, 5),
        new("STORE-DC-MET", "Washington Metro Center", NodeType.Store, "1201 F St NW", "20004", "DC", "Mid-Atlantic", "America/New_York", FullStore, 110, 15, 3.20m, 4),
        new("STORE-BAL-HBR", "Baltimore Harborplace", NodeType.Store, "201 E Pratt St", "21202", "MD", "Mid-Atlantic", "America/New_York", FullStore, 80, 15, 2.90m, 4),
        new("STORE-ATL-BUC", "Atlanta Buckhead", NodeType.Store, "3393 Peachtree Rd NE", "30326", "GA", "Southeast", "America/New_York", FullStore, 120, 15, 2.70m, 4),
        new("STORE-MIA-BRK", "Miami Brickell", NodeType.Store, "701 S Miami Ave", "33131", "FL", "Southeast", "America/New_York", FullStore, 100, 15, 2.80m, 4),
        new("STORE-ORL-MIL", "Orlando Millenia", NodeType.Store, "4200 Conroy Rd", "32839", "FL", "Southeast", "America/New_York", FullStore, 90, 15, 2.60m, 4),
        new("STORE-TPA-INT", "Tampa International Plaza", NodeType.Store, "2223 N West Shore Blvd", "33607", "FL", "Southeast", "America/New_York", FullStore, 80, 15, 2.60m, 4),
        new("STORE-CLT-SPK", "Charlotte SouthPark", NodeType.Store, "4400 Sharon Rd", "28211", "NC", "Southeast", "America/New_York", FullStore, 90, 15, 2.60m, 4),
        new("STORE-RDU-NHL", "Raleigh North Hills", NodeType.Store, "4158 Main at North Hills St", "27609", "NC", "Southeast", "America/New_York", FullStore, 70, 15, 2.50m, 4),
        new("STORE-NSH-GLC", "Nashville Green Hills", NodeType.Store, "2126 Abbott Martin Rd", "37215", "TN", "Southeast", "America/Chicago", FullStore, 80, 15, 2.50m, 4),
        new("STORE-CHI-MAG", "Chicago Magnificent Mile", NodeType.Store, "835 N Michigan Ave", "60611", "IL", "Midwest", "America/Chicago", FullStore, 140, 15, 3.10m, 4),
        new("STORE-CHI-OAK", "Oak Brook Center", NodeType.Store, "100 Oakbrook Center", "60523", "IL", "Midwest", "America/Chicago", FullStore, 90, 15, 2.80m, 4),
        new("STORE-DET-TRY", "Troy Somerset", NodeType.Store, "2800 W Big Beaver Rd", "48084", "MI", "Midwest", "America/Detroit", FullStore, 80, 15, 2.70m, 4),
        new("STORE-MSP-MOA", "Bloomington Mall of America", NodeType.Store, "60 E Broadway", "55425", "MN", "Midwest", "America/Chicago", FullStore, 130, 15, 2.80m, 4),
        new("STORE-CMH-EAS", "Columbus Easton", NodeType.Store, "160 Easton Town Center", "43219", "OH", "Midwest", "America/New_York", FullStore, 90, 15, 2.50m, 4),
        new("STORE-STL-PLZ", "St. Louis Plaza Frontenac", NodeType.Store, "1701 S Lindbergh Blvd", "63131", "MO", "Midwest", "America/Chicago", FullStore, 70, 15, 2.50m, 4),
        new("STORE-KC-PLZ", "Kansas City Country Club Plaza", NodeType.Store, "4750 Broadway Blvd", "64112", "MO", "Midwest", "America/Chicago", FullStore, 70, 15, 2.50m, 4),
        new("STORE-DAL-NPK", "Dallas NorthPark", NodeType.Store, "8687 N Central Expy", "75225", "TX", "Southwest", "America/Chicago", FullStore, 130, 15, 2.60m, 4),
        new("STORE-HOU-GAL", "Houston Galleria", NodeType.Store, "5085 Westheimer Rd", "77056", "TX", "Southwest", "America/Chicago", FullStore, 130, 15, 2.60m, 4),
        new("STORE-AUS-DOM", "Austin Domain", NodeType.Store, "11410 Century Oaks Ter", "78758", "TX", "Southwest", "America/Chicago", FullStore, 90, 15, 2.60m, 4),
        new("STORE-SAT-RVW", "San Antonio Riverwalk", NodeType.Store, "849 E Commerce St", "78205", "TX", "Southwest", "America/Chicago", FullStore, 70, 15, 2.40m, 4),
        new("STORE-PHX-BLT", "Phoenix Biltmore", NodeType.Store, "2502 E Camelback Rd", "85016", "AZ", "Southwest", "America/Phoenix", FullStore, 100, 15, 2.60m, 4),
        new("STORE-DEN-CCK", "Denver Cherry Creek", NodeType.Store, "3000 E 1st Ave", "80206", "CO", "Mountain", "America/Denver", FullStore, 100, 15, 2.80m, 4),
        new("STORE-SLC-CTY", "Salt Lake City Creek Center", NodeType.Store, "50 S Main St", "84101", "UT", "Mountain", "America/Denver", FullStore, 70, 15, 2.60m, 4),
        new("STORE-LAS-FSH", "Las Vegas Fashion Show", NodeType.Store, "3200 S Las Vegas Blvd", "89109", "NV", "West", "America/Los_Angeles", FullStore, 100, 15, 2.90m, 4),
        new("STORE-LA-GRV", "Los Angeles The Grove", NodeType.Store, "189 The Grove Dr", "90036", "CA", "West", "America/Los_Angeles", FullStore, 140, 15, 3.30m, 4),
        new("STORE-SMO-3RD", "Santa Monica Third Street", NodeType.Store, "1301 3rd Street Promenade", "90401", "CA", "West", "America/Los_Angeles", PickupStore, 50, 15, 3.40m, 5),
        new("STORE-SD-FSV", "San Diego Fashion Valley", NodeType.Store, "7007 Friars Rd", "92108", "CA", "West", "America/Los_Angeles", FullStore, 100, 15, 3.00m, 4),
        new("STORE-SF-USQ", "San Francisco Union Square", NodeType.Store, "170 O'Farrell St", "94102", "CA", "West", "America/Los_Angeles", FullStore, 130, 15, 3.50m, 4),
        new("STORE-SJC-VLF", "San Jose Valley Fair", NodeType.Store, "2855 Stevens Creek Blvd", "95050", "CA", "West", "America/Los_Angeles", FullStore, 100, 15, 3.30m, 4),
        new("STORE-SAC-ARD", "Sacramento Arden Fair", NodeType.Store, "1689 Arden Way", "95815", "CA", "West", "America/Los_Angeles", FullStore, 70, 15, 2.90m, 4),
        new("STORE-SEA-PAC", "Seattle Pacific Place", NodeType.Store, "600 Pine St", "98101", "WA", "Northwest", "America/Los_Angeles", FullStore, 110, 15, 3.30m, 4),
        new("STORE-PDX-PNR", "Portland Pioneer Place", NodeType.Store, "700 SW 5th Ave", "97204", "OR", "Northwest", "America/Los_Angeles", FullStore, 80, 15, 3.00m, 4),
    ];

    public static IReadOnlyList<FulfillmentNode> Build(IPostalCodeDirectory postalCodes)
    {
        ArgumentNullException.ThrowIfNull(postalCodes);
        return Rows.Select(row =>
        {
            if (!postalCodes.TryLocate("US", row.Zip, out PostalCodeLocation location))
            {
                throw new InvalidOperationException($"Demo node {row.NodeId} has ZIP {row.Zip}, which the directory does not know.");
            }

            return new FulfillmentNode(
                row.NodeId,
                row.Name,
                row.Type,
                new NodeAddress(row.Street, location.City, row.State, row.Zip, "US"),
                location.Point,
                row.Region,
                row.Capabilities,
                row.DailyCapacity,
                new TimeOnly(row.CutoffHour, 0),
                row.TimeZoneId,
                row.LaborCostPerUnit,
                row.Priority);
        }).ToList();
    }

    private sealed record Row(
        string NodeId, string Name, NodeType Type, string Street, string Zip, string State, string Region, string TimeZoneId,
        NodeCapabilities Capabilities, int DailyCapacity, int CutoffHour, decimal LaborCostPerUnit, int Priority);
}
