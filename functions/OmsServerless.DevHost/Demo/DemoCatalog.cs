using OmsServerless.Domain.Catalog;

namespace OmsServerless.DevHost.Demo;

/// <summary>
/// The demo retailer's products: a few hand-made showcase SKUs the README and tests talk about, plus a generated
/// assortment (same seed, same catalog, on every machine).
/// </summary>
public static class DemoCatalog
{
    /// <summary>In stock almost everywhere: the everyday item.</summary>
    public const string EverydayTee = "TEE-CLASSIC-WHT-M";

    /// <summary>Held only in the distribution centers.</summary>
    public const string DcOnlyHeadphones = "HEADPHONES-NC700";

    /// <summary>Three units in the whole network, in two stores.</summary>
    public const string ScarceSneaker = "SNEAKER-LTD-RED-10";

    /// <summary>Only the drop-shipper has it; oversize.</summary>
    public const string DropShipKayak = "KAYAK-SOLO-12FT";

    /// <summary>Stocked at a single store.</summary>
    public const string OneStoreCandle = "CANDLE-CEDAR-SM";

    /// <summary>A lithium-battery lantern: hazmat, kept in DC and 3PL only.</summary>
    public const string HazmatLantern = "LANTERN-LI-ION";

    /// <summary>In the catalog, sold out everywhere.</summary>
    public const string SoldOutJacket = "JACKET-DOWN-BLK-L";

    public static IReadOnlyList<Product> Showcase { get; } =
    [
        new(EverydayTee, "Classic Crew Tee, White, M", "Apparel", 19.00m, 0.20, false, false),
        new(DcOnlyHeadphones, "NC700 Noise-Cancelling Headphones", "Electronics", 249.00m, 0.45, false, false),
        new(ScarceSneaker, "Limited Runner Sneaker, Red, 10", "Footwear", 180.00m, 1.10, false, false),
        new(DropShipKayak, "Solo Touring Kayak 12ft", "Outdoor", 899.00m, 24.00, true, false),
        new(OneStoreCandle, "Cedar Candle, Small", "Home", 24.00m, 0.35, false, false),
        new(HazmatLantern, "Rechargeable Li-Ion Lantern", "Outdoor", 59.00m, 0.80, false, true),
        new(SoldOutJacket, "Down Jacket, Black, L", "Apparel", 220.00m, 1.20, false, false),
    ];

    private static readonly Category[] Categories =
    [
        new("Apparel", "APP", ["Tee", "Hoodie", "Chino", "Jean", "Polo", "Sweater", "Jacket", "Dress", "Skirt", "Shirt"], 14, 160, 0.15, 1.3, 0, 0),
        new("Footwear", "FTW", ["Runner", "Loafer", "Boot", "Sandal", "Sneaker", "Trail Shoe"], 40, 220, 0.6, 1.8, 0, 0),
        new("Home", "HOM", ["Throw", "Lamp", "Vase", "Pillow", "Duvet", "Mug Set", "Frame", "Candle"], 12, 180, 0.3, 4.5, 0.05, 0),
        new("Electronics", "ELE", ["Earbuds", "Speaker", "Power Bank", "Charger", "Smartwatch", "Camera Strap"], 15, 400, 0.1, 2.0, 0, 0.25),
        new("Outdoor", "OUT", ["Tent", "Camp Stove", "Daypack", "Sleeping Bag", "Cooler", "Paddle"], 25, 450, 0.5, 12.0, 0.25, 0.2),
        new("Beauty", "BTY", ["Hair Spray", "Face Cream", "Perfume", "Lip Balm", "Shampoo"], 6, 120, 0.05, 0.8, 0, 0.3),
        new("Furniture", "FUR", ["Side Table", "Armchair", "Bookshelf", "Desk", "Floor Mirror"], 120, 1200, 8, 45, 0.9, 0),
    ];

    private static readonly string[] Styles =
        ["Classic", "Everyday", "Heritage", "Urban", "Coastal", "Alpine", "Studio", "Nordic", "Canyon", "Harbor", "Meadow", "Summit"];

    private static readonly string[] Colors =
        ["Black", "White", "Navy", "Olive", "Sand", "Rust", "Charcoal", "Sky", "Forest", "Berry"];

    public static IReadOnlyList<Product> Build(int generatedCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(generatedCount);
        var random = new Random(20_261_126);
        var products = new List<Product>(Showcase);
        for (int i = 0; i < generatedCount; i++)
        {
            Category category = Categories[random.Next(Categories.Length)];
            string noun = category.Nouns[random.Next(category.Nouns.Length)];
            string name = $"{Styles[random.Next(Styles.Length)]} {noun}, {Colors[random.Next(Colors.Length)]}";
            decimal price = Math.Round((decimal)(category.MinPrice + (random.NextDouble() * (category.MaxPrice - category.MinPrice))), 0) - 0.01m;
            double weight = Math.Round(category.MinWeight + (random.NextDouble() * (category.MaxWeight - category.MinWeight)), 2);
            products.Add(new Product(
                $"{category.Code}-{10001 + i}",
                name,
                category.Name,
                price,
                weight,
                random.NextDouble() < category.OversizeShare,
                random.NextDouble() < category.HazmatShare));
        }

        return products;
    }

    private sealed record Category(
        string Name, string Code, string[] Nouns, double MinPrice, double MaxPrice, double MinWeight, double MaxWeight,
        double OversizeShare, double HazmatShare);
}
