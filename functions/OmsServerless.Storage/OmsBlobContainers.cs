using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace OmsServerless.Storage;

/// <summary>The blob containers OmsServerless owns, each prefixed with <see cref="StorageOptions.BlobContainerPrefix"/>.</summary>
public sealed class OmsBlobContainers(BlobServiceClient blobs, IOptions<StorageOptions> options)
{
    /// <summary>The rule sets in force, every published version, and the rate cards.</summary>
    public const string Configuration = "configuration";

    public const string RateCardsBlob = "shipping/rate-cards.json";

    public static IReadOnlyList<string> All { get; } = [Configuration];

    private readonly string _prefix = (options ?? throw new ArgumentNullException(nameof(options))).Value.BlobContainerPrefix;

    public BlobContainerClient Get(string container) => blobs.GetBlobContainerClient(_prefix + container);

    public async Task CreateAllAsync(CancellationToken cancellationToken)
    {
        foreach (string container in All)
        {
            await Get(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
