using System.Globalization;
using OmsServerless.Storage.Payments;

namespace OmsServerless.Storage.Tests.Payments;

/// <summary>
/// What every <see cref="ISandboxPaymentStore"/> must do. Each implementation's test class derives from this one and
/// supplies a fresh, empty store; the Table Storage implementation runs the same tests against Azurite.
/// </summary>
public abstract class SandboxPaymentStoreContract
{
    private ISandboxPaymentStore? created;

    private ISandboxPaymentStore Store => created ??= CreateEmptyStore();

    protected abstract ISandboxPaymentStore CreateEmptyStore();

    [Fact]
    public async Task Insert_succeeds_only_when_no_record_exists()
    {
        string? first = await Store.TryPutAsync("c", "k", "1", null);
        string? second = await Store.TryPutAsync("c", "k", "2", null);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal("1", (await Store.GetAsync("c", "k"))!.PayloadJson);
    }

    [Fact]
    public async Task Replace_succeeds_only_with_the_current_version()
    {
        string version = (await Store.TryPutAsync("c", "k", "1", null))!;
        string? replaced = await Store.TryPutAsync("c", "k", "2", version);

        string? stale = await Store.TryPutAsync("c", "k", "3", version);

        Assert.NotNull(replaced);
        Assert.NotEqual(version, replaced);
        Assert.Null(stale);
        Assert.Equal(("2", replaced), ((await Store.GetAsync("c", "k"))!.PayloadJson, (await Store.GetAsync("c", "k"))!.Version));
    }

    [Fact]
    public async Task Replace_of_a_missing_record_fails()
    {
        Assert.Null(await Store.TryPutAsync("c", "missing", "1", "42"));
    }

    [Fact]
    public async Task List_returns_one_collections_keys_with_the_prefix_in_ordinal_order()
    {
        await Store.TryPutAsync("a", "ord-2:x", "{}", null);
        await Store.TryPutAsync("a", "ord-1:y", "{}", null);
        await Store.TryPutAsync("a", "ord-1:x", "{}", null);
        await Store.TryPutAsync("a", "other", "{}", null);
        await Store.TryPutAsync("b", "ord-1:z", "{}", null);

        IReadOnlyList<SandboxRecord> records = await Store.ListAsync("a", "ord-1:");

        Assert.Equal(["ord-1:x", "ord-1:y"], records.Select(record => record.Key));
    }

    [Fact]
    public async Task Keys_may_hold_any_character_an_idempotency_key_can_and_still_list_by_prefix()
    {
        const string Key = "ord/1#retry?\\x%2F:authorize";
        await Store.TryPutAsync("c", Key, "{}", null);
        await Store.TryPutAsync("c", "ord/2:authorize", "{}", null);

        SandboxRecord? record = await Store.GetAsync("c", Key);
        IReadOnlyList<SandboxRecord> listed = await Store.ListAsync("c", "ord/1#");

        Assert.Equal(Key, record?.Key);
        Assert.Equal([Key], listed.Select(item => item.Key));
    }

    [Fact]
    public async Task Parallel_read_modify_write_loops_lose_no_update()
    {
        await Store.TryPutAsync("c", "counter", "0", null);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                SandboxRecord current = (await Store.GetAsync("c", "counter"))!;
                string next = (int.Parse(current.PayloadJson, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
                if (await Store.TryPutAsync("c", "counter", next, current.Version) is not null)
                {
                    return;
                }
            }
        })));

        Assert.Equal("200", (await Store.GetAsync("c", "counter"))!.PayloadJson);
    }
}
