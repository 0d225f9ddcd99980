using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OmsServerless.DevHost.Demo;
using OmsServerless.EndToEnd.Tests.Orders;

namespace OmsServerless.EndToEnd.Tests.RuleSets;

/// <summary>Operators publish rule set versions over the API; orders record the version that decided them.</summary>
[Collection(DevHostCollection.Name)]
public sealed class RuleSetPublishingTests(DevHostFixture devHost)
{
    private readonly HttpClient _operations = devHost.ClientWithKey(DemoKeys.Operations);

    [Theory]
    [InlineData("sourcing")]
    [InlineData("fraud")]
    public async Task A_new_version_is_published_and_decides_the_next_orders(string kind)
    {
        JsonObject current = await CurrentAsync(kind);
        int version = current["version"]!.GetValue<int>();
        JsonObject next = current["document"]!.AsObject().DeepClone().AsObject();
        next["version"] = version + 1;

        HttpResponseMessage published = await PutAsync(kind, next.ToJsonString());
        string orderId = await new Storefront(devHost.ClientWithKey(DemoKeys.Storefront))
            .PlaceOkAsync(Storefront.ShipOrder("rules-" + Guid.NewGuid().ToString("N")[..8], DemoCatalog.EverydayTee, 1, 19.00m));
        JsonElement order = await new Storefront(_operations).WaitForStatusAsync(orderId, "released");

        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal(version + 1, (await CurrentAsync(kind))["version"]!.GetValue<int>());
        JsonElement decidedBy = kind == "sourcing" ? order.GetProperty("routing")[0].GetProperty("ruleSet") : order.GetProperty("fraud").GetProperty("ruleSet");
        Assert.Equal(version + 1, decidedBy.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_faulty_sourcing_rule_set_is_refused_with_every_fault_and_changes_nothing()
    {
        JsonObject current = await CurrentAsync("sourcing");
        JsonObject faulty = current["document"]!.AsObject().DeepClone().AsObject();
        faulty["version"] = current["version"]!.GetValue<int>() + 1;
        faulty["ranking"]!["weights"]!["distance"] = -1;
        faulty["split"]!["maxShipments"] = 0;

        HttpResponseMessage response = await PutAsync("sourcing", faulty.ToJsonString());

        JsonElement problem = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "rule-set-invalid");
        Assert.Equal(["$.ranking.weights.distance", "$.split.maxShipments"], ProblemAssertions.ErrorFields(problem));
        Assert.Equal(current["version"]!.GetValue<int>(), (await CurrentAsync("sourcing"))["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_version_that_does_not_follow_the_one_in_force_is_refused()
    {
        JsonObject current = await CurrentAsync("fraud");
        JsonObject stale = current["document"]!.AsObject().DeepClone().AsObject();

        HttpResponseMessage response = await PutAsync("fraud", stale.ToJsonString());

        JsonElement problem = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "rule-set-invalid");
        Assert.Equal(["$.version"], ProblemAssertions.ErrorFields(problem));
    }

    [Fact]
    public async Task Only_operations_may_publish_and_unknown_kinds_do_not_exist()
    {
        using var request = new StringContent("{}", Encoding.UTF8, "application/json");
        HttpResponseMessage storefront = await devHost.ClientWithKey(DemoKeys.Storefront).PutAsync("/api/rule-sets/fraud", request);
        HttpResponseMessage unknown = await _operations.GetAsync("/api/rule-sets/pricing");

        await ProblemAssertions.AssertProblemAsync(storefront, HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssertions.AssertProblemAsync(unknown, HttpStatusCode.NotFound, "rule-set-not-found");
    }

    private async Task<JsonObject> CurrentAsync(string kind) =>
        (await _operations.GetFromJsonAsync<JsonObject>($"/api/rule-sets/{kind}"))!;

    private Task<HttpResponseMessage> PutAsync(string kind, string json) =>
        _operations.PutAsync($"/api/rule-sets/{kind}", new StringContent(json, Encoding.UTF8, "application/json"));
}
