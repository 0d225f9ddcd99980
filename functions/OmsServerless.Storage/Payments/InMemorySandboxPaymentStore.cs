using System.Collections.Concurrent;
using System.Globalization;

namespace OmsServerless.Storage.Payments;

/// <summary>
/// A thread-safe <see cref="ISandboxPaymentStore"/> in process memory, for tests and the local DevHost. Its
/// conditional writes are atomic, so parallel gateway calls race exactly as they would against Table Storage ETags.
/// </summary>
public sealed class InMemorySandboxPaymentStore : ISandboxPaymentStore
{
    private readonly ConcurrentDictionary<(string Collection, string Key), SandboxRecord> records = new();
    private long lastVersion;

    public Task<SandboxRecord?> GetAsync(string collection, string key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(records.TryGetValue((collection, key), out SandboxRecord? record) ? record : null);
    }

    public Task<string?> TryPutAsync(string collection, string key, string payloadJson, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var written = new SandboxRecord(collection, key, payloadJson, NextVersion());
        if (expectedVersion is null)
        {
            return Task.FromResult(records.TryAdd((collection, key), written) ? written.Version : null);
        }

        bool replaced = records.TryGetValue((collection, key), out SandboxRecord? current) &&
                        current.Version == expectedVersion &&
                        records.TryUpdate((collection, key), written, current);
        return Task.FromResult(replaced ? written.Version : null);
    }

    public Task<IReadOnlyList<SandboxRecord>> ListAsync(string collection, string keyPrefix, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<SandboxRecord> matching =
        [
            .. records.Values
                .Where(record => record.Collection == collection && record.Key.StartsWith(keyPrefix, StringComparison.Ordinal))
                .OrderBy(record => record.Key, StringComparer.Ordinal),
        ];
        return Task.FromResult(matching);
    }

    private string NextVersion() => Interlocked.Increment(ref lastVersion).ToString(CultureInfo.InvariantCulture);
}
