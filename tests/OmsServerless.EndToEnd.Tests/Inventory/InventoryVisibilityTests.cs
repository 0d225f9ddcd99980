using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OmsServerless.DevHost.Demo;

namespace OmsServerless.EndToEnd.Tests.Inventory;

[Collection(DevHostCollection.Name)]
public sealed class InventoryVisibilityTests(DevHostFixture devHost)
{
    private readonly HttpClient _storefront = devHost.ClientWithKey(DemoKeys.Storefront);

    [Fact]
    public async Task A_storefront_sees_network_atp_as_the_sum_of_every_node()
    {
        JsonElement sku = await _storefront.GetFromJsonAsync<JsonElement>($"/api/inventory/{DemoCatalog.EverydayTee}");

        JsonElement[] nodes = sku.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(nodes.Sum(n => n.GetProperty("atp").GetInt32()), sku.GetProperty("networkAtp").GetInt32());
        Assert.Equal(2 + 38, nodes.Length);
        JsonElement memphis = nodes.Single(n => n.GetProperty("nodeId").GetString() == "DC-MEMPHIS");
        Assert.Equal(400 - 10, memphis.GetProperty("atp").GetInt32());
        Assert.Equal("distributionCenter", memphis.GetProperty("type").GetString());
        Assert.Equal("Classic Crew Tee, White, M", sku.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_sku_held_only_in_distribution_centers_shows_only_them()
    {
        JsonElement sku = await _storefront.GetFromJsonAsync<JsonElement>($"/api/inventory/{DemoCatalog.DcOnlyHeadphones}");

        Assert.All(sku.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("distributionCenter", n.GetProperty("type").GetString()));
        Assert.Equal(0, sku.GetProperty("pickupAtp").GetInt32());
        Assert.Equal(110, sku.GetProperty("shipAtp").GetInt32());
    }

    [Fact]
    public async Task A_marketplace_never_sees_store_stock()
    {
        HttpClient marketplace = devHost.ClientWithKey(DemoKeys.Marketplace);

        JsonElement sku = await marketplace.GetFromJsonAsync<JsonElement>($"/api/inventory/{DemoCatalog.EverydayTee}");
        HttpResponseMessage peek = await marketplace.GetAsync($"/api/inventory/{DemoCatalog.EverydayTee}?channel=web");

        Assert.Equal("marketplace", sku.GetProperty("channel").GetString());
        Assert.DoesNotContain(sku.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("type").GetString() == "store");
        await ProblemAssertions.AssertProblemAsync(peek, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task A_sold_out_catalog_sku_is_zero_not_unknown()
    {
        JsonElement sku = await _storefront.GetFromJsonAsync<JsonElement>($"/api/inventory/{DemoCatalog.SoldOutJacket}");

        Assert.Equal(0, sku.GetProperty("networkAtp").GetInt32());
    }

    [Fact]
    public async Task A_cart_ships_complete_from_the_nearest_node_that_holds_all_of_it()
    {
        HttpResponseMessage response = await _storefront.PostAsJsonAsync("/api/inventory/availability", new
        {
            lines = new[] { new { sku = DemoCatalog.EverydayTee, quantity = 2 }, new { sku = DemoCatalog.DcOnlyHeadphones, quantity = 1 } },
            destination = new { postalCode = "94105" },
        });

        JsonElement cart = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(cart.GetProperty("canShipComplete").GetBoolean());
        Assert.Equal("San Francisco", cart.GetProperty("destination").GetProperty("city").GetString());
        string[] singleNode = cart.GetProperty("singleNodeOptions").EnumerateArray().Select(o => o.GetProperty("nodeId").GetString()!).ToArray();
        Assert.Equal(["DC-ONTARIO", "DC-MEMPHIS"], singleNode);
    }

    [Fact]
    public async Task A_cart_wanting_more_than_the_network_holds_cannot_ship_complete()
    {
        HttpResponseMessage response = await _storefront.PostAsJsonAsync("/api/inventory/availability", new
        {
            lines = new[] { new { sku = DemoCatalog.ScarceSneaker, quantity = 4 }, new { sku = DemoCatalog.EverydayTee, quantity = 1 } },
        });

        JsonElement cart = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(cart.GetProperty("canShipComplete").GetBoolean());
        JsonElement sneaker = cart.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("sku").GetString() == DemoCatalog.ScarceSneaker);
        Assert.Equal((3, false), (sneaker.GetProperty("shipAtp").GetInt32(), sneaker.GetProperty("fillable").GetBoolean()));
    }

    [Fact]
    public async Task Nearby_stores_come_nearest_first_with_their_stock_of_the_sku()
    {
        JsonElement result = await _storefront.GetFromJsonAsync<JsonElement>(
            $"/api/stores/nearby?postalCode=10001&radiusKm=400&sku={DemoCatalog.ScarceSneaker}");

        JsonElement[] stores = result.GetProperty("stores").EnumerateArray().ToArray();
        double[] distances = stores.Select(s => s.GetProperty("distanceKm").GetDouble()).ToArray();
        Assert.Equal(distances.Order(), distances);
        Assert.All(distances, d => Assert.InRange(d, 0, 400));
        Assert.Equal("STORE-NYC-5TH", stores[0].GetProperty("nodeId").GetString());
        Assert.Equal(2, stores[0].GetProperty("atp").GetInt32());
        Assert.Contains(stores, s => s.GetProperty("nodeId").GetString() == "STORE-BOS-BKB" && s.GetProperty("canFulfil").GetBoolean());
        Assert.Contains(stores, s => s.GetProperty("nodeId").GetString() == "STORE-PHL-CTR" && !s.GetProperty("canFulfil").GetBoolean());
        Assert.DoesNotContain(stores, s => s.GetProperty("nodeId").GetString() == "STORE-CHI-MAG");
    }

    [Fact]
    public async Task Nearby_stores_leave_out_stores_without_pickup_and_nodes_that_are_not_stores()
    {
        JsonElement result = await _storefront.GetFromJsonAsync<JsonElement>("/api/stores/nearby?postalCode=91761&radiusKm=100");

        string[] ids = result.GetProperty("stores").EnumerateArray().Select(s => s.GetProperty("nodeId").GetString()!).ToArray();
        Assert.Contains("STORE-LA-GRV", ids);
        Assert.Contains("STORE-SMO-3RD", ids);
        Assert.DoesNotContain("DC-ONTARIO", ids);
    }

    [Fact]
    public async Task The_network_lists_every_node_type_of_the_demo_retailer()
    {
        JsonElement[] nodes = (await _storefront.GetFromJsonAsync<JsonElement>("/api/nodes")).EnumerateArray().ToArray();

        Assert.Equal(2, nodes.Count(n => n.GetProperty("type").GetString() == "distributionCenter"));
        Assert.Single(nodes, n => n.GetProperty("type").GetString() == "thirdPartyLogistics");
        Assert.Single(nodes, n => n.GetProperty("type").GetString() == "dropShipper");
        Assert.True(nodes.Count(n => n.GetProperty("type").GetString() == "store") >= 30);
        Assert.True(nodes.Select(n => n.GetProperty("region").GetString()).Distinct().Count() >= 5);
    }
}
