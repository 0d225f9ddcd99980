namespace OmsServerless.Domain.Orders;

/// <summary>
/// The order refused a command. <see cref="Code"/> is stable (see <see cref="OrderErrorCodes"/>); the message is
/// for people. Nothing changed on the order when this is thrown.
/// </summary>
public sealed class OrderRuleException : Exception
{
    public OrderRuleException(string code, string message, IReadOnlyList<OrderCaptureFault>? faults = null)
        : base(message)
    {
        Code = code;
        Faults = faults ?? [];
    }

    public string Code { get; }

    /// <summary>For <see cref="OrderErrorCodes.CaptureInvalid"/>: every fault of the request.</summary>
    public IReadOnlyList<OrderCaptureFault> Faults { get; }
}
