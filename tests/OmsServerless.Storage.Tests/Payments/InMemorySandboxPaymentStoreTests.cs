using OmsServerless.Storage.Payments;

namespace OmsServerless.Storage.Tests.Payments;

public sealed class InMemorySandboxPaymentStoreTests : SandboxPaymentStoreContract
{
    protected override ISandboxPaymentStore CreateEmptyStore() => new InMemorySandboxPaymentStore();
}
