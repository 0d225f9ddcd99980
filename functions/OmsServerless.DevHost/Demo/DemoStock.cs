using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Inventory;
using OmsServerless.Domain.Network;

namespace OmsServerless.DevHost.Demo;

/// <summary>
/// Opening stock for the demo retailer, as the movements a real go-live would record (receipt, safety stock,
/// damage found at count). Generated SKUs follow realistic profiles: most are broadly stocked, some live only in the
/// distribution centers, some are scarce, some sit in one store, oversize goods come from the drop-shipper, hazmat
/// never sits in stores.
/// </summary>
public static class DemoStock
{
    public const string Actor = "seed:demo-retailer";

    public static IReadOnlyList<InventoryMovement> For(Product product, IReadOnlyList<FulfillmentNode> network, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(network);
        var plan = new Plan(product.Sku, at);
        var random = new Random(StableSeed(product.Sku));
        FulfillmentNode[] stores = network.Where(n => n.Type == NodeType.Store).ToArray();
        FulfillmentNode[] dcs = network.Where(n => n.Type == NodeType.DistributionCenter).ToArray();
        string? tpl = network.FirstOrDefault(n => n.Type == NodeType.ThirdPartyLogistics)?.NodeId;
        string? dropShipper = network.FirstOrDefault(n => n.Type == NodeType.DropShipper)?.NodeId;

        switch (product.Sku)
        {
            case DemoCatalog.EverydayTee:
                foreach (FulfillmentNode dc in dcs) { plan.Receive(dc.NodeId, 400, safety: 10); }
                foreach (FulfillmentNode store in stores) { plan.Receive(store.NodeId, 12, safety: 2); }
                return plan.Movements;
            case DemoCatalog.DcOnlyHeadphones:
                foreach (FulfillmentNode dc in dcs) { plan.Receive(dc.NodeId, 60, safety: 5); }
                return plan.Movements;
            case DemoCatalog.ScarceSneaker:
                plan.Receive("STORE-NYC-5TH", 2);
                plan.Receive("STORE-BOS-BKB", 1);
                return plan.Movements;
            case DemoCatalog.DropShipKayak:
                plan.Receive(dropShipper!, 8);
                return plan.Movements;
            case DemoCatalog.OneStoreCandle:
                plan.Receive("STORE-SEA-PAC", 6);
                return plan.Movements;
            case DemoCatalog.HazmatLantern:
                foreach (FulfillmentNode dc in dcs) { plan.Receive(dc.NodeId, 35, safety: 3); }
                plan.Receive(tpl!, 20);
                return plan.Movements;
            case DemoCatalog.SoldOutJacket:
                plan.Receive(dcs[0].NodeId, 0);
                return plan.Movements;
        }

        double profile = random.NextDouble();
        if (product.Oversize)
        {
            plan.Receive(dropShipper!, random.Next(2, 40));
        }
        else if (profile < 0.15)
        {
            foreach (FulfillmentNode dc in dcs) { plan.Receive(dc.NodeId, random.Next(20, 300), safety: random.Next(0, 6)); }
        }
        else if (profile < 0.25 && !product.Hazmat)
        {
            foreach (FulfillmentNode store in random.GetItems(stores, random.Next(1, 4)).Distinct())
            {
                plan.Receive(store.NodeId, random.Next(1, 3));
            }
        }
        else if (profile < 0.30 && !product.Hazmat)
        {
            plan.Receive(stores[random.Next(stores.Length)].NodeId, random.Next(3, 12));
        }
        else
        {
            foreach (FulfillmentNode dc in dcs) { plan.Receive(dc.NodeId, random.Next(40, 600), safety: random.Next(0, 10)); }
            if (random.NextDouble() < 0.4) { plan.Receive(tpl!, random.Next(10, 200)); }
            if (!product.Hazmat)
            {
                foreach (FulfillmentNode store in stores.Where(_ => random.NextDouble() < 0.45))
                {
                    int onHand = random.Next(0, 15);
                    plan.Receive(store.NodeId, onHand, safety: onHand > 4 ? 1 : 0, damaged: onHand > 6 && random.NextDouble() < 0.1 ? 1 : 0);
                }
            }
        }

        return plan.Movements;
    }

    /// <summary>string.GetHashCode is randomised per process; the demo must be the same everywhere.</summary>
    private static int StableSeed(string text)
    {
        unchecked
        {
            int hash = 17;
            foreach (char c in text)
            {
                hash = (hash * 31) + c;
            }

            return hash;
        }
    }

    private sealed class Plan(string sku, DateTimeOffset at)
    {
        public List<InventoryMovement> Movements { get; } = [];

        public void Receive(string nodeId, int onHand, int safety = 0, int damaged = 0)
        {
            Movements.Add(new InventoryMovement($"seed:{nodeId}:receipt", MovementType.Receipt, sku, nodeId, onHand, at, Actor, "opening balance"));
            if (safety > 0)
            {
                Movements.Add(new InventoryMovement($"seed:{nodeId}:safety", MovementType.SafetyStockChange, sku, nodeId, safety, at, Actor, "opening safety stock"));
            }

            if (damaged > 0)
            {
                Movements.Add(new InventoryMovement($"seed:{nodeId}:damage", MovementType.Damage, sku, nodeId, damaged, at, Actor, "damaged at opening count"));
            }
        }
    }
}
