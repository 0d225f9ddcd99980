namespace OmsServerless.Storage.Payments;

/// <summary>
/// Where the sandbox gateway keeps its state: JSON records by collection and key, with an opaque version for
/// optimistic concurrency. Shaped to map one-to-one onto Azure Tables (collection = PartitionKey, key = RowKey,
/// version = ETag, payload = a string column). Keys are the gateway's own ids and callers' idempotency keys, so a
/// Table implementation must escape the characters RowKey forbids ('/', '\', '#', '?', control characters) in a way
/// that keeps key order and prefixes (percent-encoding those characters does).
/// </summary>
public interface ISandboxPaymentStore
{
    Task<SandboxRecord?> GetAsync(string collection, string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a record if the stored one still has <paramref name="expectedVersion"/>; a null expected version means
    /// "only if no record exists". Returns the new version, or null when the condition failed and nothing was written.
    /// </summary>
    Task<string?> TryPutAsync(string collection, string key, string payloadJson, string? expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Records of a collection whose key starts with <paramref name="keyPrefix"/>, in ordinal key order.</summary>
    Task<IReadOnlyList<SandboxRecord>> ListAsync(string collection, string keyPrefix, CancellationToken cancellationToken = default);
}
