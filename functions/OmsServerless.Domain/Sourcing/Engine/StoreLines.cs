namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>
/// Request lines grouped by the store they ship to, handed out in store id order so destinations are always sourced
/// in the same sequence. Most orders have none, so nothing is allocated until the first line arrives.
/// </summary>
internal sealed class StoreLines
{
    private SortedDictionary<string, List<int>>? _byStore;

    public void Add(string storeId, int line)
    {
        _byStore ??= new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        if (!_byStore.TryGetValue(storeId, out List<int>? lines))
        {
            lines = [];
            _byStore.Add(storeId, lines);
        }

        lines.Add(line);
    }

    public IEnumerable<KeyValuePair<string, List<int>>> InStoreOrder() => _byStore ?? [];
}
