using OmsServerless.Storage.Payments;

namespace OmsServerless.Storage.Tests.Payments;

/// <summary>The store contract against Azurite; every test gets a fresh table set, so "empty" holds.</summary>
public sealed class TableSandboxPaymentStoreTests : SandboxPaymentStoreContract, IAsyncLifetime
{
    private readonly StorageTestContext _context = new();

    public Task InitializeAsync() => _context.InitializeAsync();

    public Task DisposeAsync() => _context.DisposeAsync();

    protected override ISandboxPaymentStore CreateEmptyStore() => _context.Get<TableSandboxPaymentStore>();
}
