using OmsServerless.Storage.Payments;

namespace OmsServerless.Storage.Tests.Payments;

public sealed class InMemorySandboxPaymentStoreTests
{
    private readonly InMemorySandboxPaymentStore store = new();

    [Fact]
    public async Task Insert_succeeds_only_when_no_record_exists()
    {
        string? first = await store.TryPutAsync("c", "k", "1", null);
        string? second = await store.TryPutAsync("c", "k", "2", null);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal("1", (await store.GetAsync("c", "k"))!.PayloadJson);
    }

    [Fact]
    public async Task Replace_succeeds_only_with_the_current_version()
    {
        string version = (await store.TryPutAsync("c", "k", "1", null))!;
        string? replaced = await store.TryPutAsync("c", "k", "2", version);

        string? stale = await store.TryPutAsync("c", "k", "3", version);

        Assert.NotNull(replaced);
        Assert.NotEqual(version, replaced);
        Assert.Null(stale);
        Assert.Equal(("2", replaced), ((await store.GetAsync("c", "k"))!.PayloadJson, (await store.GetAsync("c", "k"))!.Version));
    }

    [Fact]
    public async Task Replace_of_a_missing_record_fails()
    {
        Assert.Null(await store.TryPutAsync("c", "missing", "1", "42"));
    }

    [Fact]
    public async Task List_returns_one_collections_keys_with_the_prefix_in_ordinal_order()
    {
        await store.TryPutAsync("a", "ord-2:x", "{}", null);
        await store.TryPutAsync("a", "ord-1:y", "{}", null);
        await store.TryPutAsync("a", "ord-1:x", "{}", null);
        await store.TryPutAsync("a", "other", "{}", null);
        await store.TryPutAsync("b", "ord-1:z", "{}", null);

        IReadOnlyList<SandboxRecord> records = await store.ListAsync("a", "ord-1:");

        Assert.Equal(["ord-1:x", "ord-1:y"], records.Select(record => record.Key));
    }

    [Fact]
    public async Task Parallel_read_modify_write_loops_lose_no_update()
    {
        await store.TryPutAsync("c", "counter", "0", null);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                SandboxRecord current = (await store.GetAsync("c", "counter"))!;
                string next = (int.Parse(current.PayloadJson, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (await store.TryPutAsync("c", "counter", next, current.Version) is not null)
                {
                    return;
                }
            }
        })));

        Assert.Equal("200", (await store.GetAsync("c", "counter"))!.PayloadJson);
    }
}
