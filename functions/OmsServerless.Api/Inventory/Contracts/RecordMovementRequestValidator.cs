using FluentValidation;
using OmsServerless.Api.Http;
using OmsServerless.Domain.Inventory;

namespace OmsServerless.Api.Inventory.Contracts;

public sealed class RecordMovementRequestValidator : AbstractValidator<RecordMovementRequest>
{
    public const int MaxQuantity = 1_000_000;

    /// <summary>Reservations, releases, consumption and POS sales come from orders and feeds, not from this endpoint.</summary>
    public static readonly IReadOnlyDictionary<string, MovementType> ManualTypes = new Dictionary<string, MovementType>(StringComparer.OrdinalIgnoreCase)
    {
        ["receipt"] = MovementType.Receipt,
        ["inbound"] = MovementType.Inbound,
        ["adjustment"] = MovementType.Adjustment,
        ["cycleCount"] = MovementType.CycleCount,
        ["damage"] = MovementType.Damage,
        ["safetyStockChange"] = MovementType.SafetyStockChange,
    };

    public RecordMovementRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.MovementId).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("is required.")
            .Must(Identifiers.IsValid).WithMessage(Identifiers.Rule + ".");
        RuleFor(r => r.Sku).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("is required.")
            .Must(Identifiers.IsValid).WithMessage(Identifiers.Rule + ".");
        RuleFor(r => r.NodeId).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("is required.")
            .Must(Identifiers.IsValid).WithMessage(Identifiers.Rule + ".");
        RuleFor(r => r.Type).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("is required.")
            .Must(t => ManualTypes.ContainsKey(t!))
            .WithMessage($"must be one of {string.Join(", ", ManualTypes.Keys)}.");
        RuleFor(r => r.Quantity).NotNull().WithMessage("is required.");
        RuleFor(r => r.Quantity!.Value).Must((r, q) => QuantityFits(r.Type!, q)).When(r => r.Quantity is not null && r.Type is not null && ManualTypes.ContainsKey(r.Type))
            .OverridePropertyName("quantity").WithMessage(r => QuantityRule(r.Type!));
        RuleFor(r => r.Reason).MaximumLength(200).WithMessage("may be at most 200 characters.");
        RuleFor(r => r.Reference).MaximumLength(200).WithMessage("may be at most 200 characters.");
        RuleFor(r => r.OccurredAt).Must(at => at <= time.GetUtcNow().AddMinutes(5)).When(r => r.OccurredAt is not null)
            .WithMessage("cannot be in the future.");
    }

    private static bool QuantityFits(string type, int quantity) => ManualTypes[type] switch
    {
        MovementType.Adjustment => quantity != 0 && Math.Abs(quantity) <= MaxQuantity,
        MovementType.Receipt or MovementType.Inbound or MovementType.Damage => quantity is >= 1 and <= MaxQuantity,
        _ => quantity is >= 0 and <= MaxQuantity,
    };

    private static string QuantityRule(string type) => ManualTypes[type] switch
    {
        MovementType.Adjustment => $"must be a non-zero change between -{MaxQuantity} and {MaxQuantity}.",
        MovementType.Receipt or MovementType.Inbound or MovementType.Damage => $"must be between 1 and {MaxQuantity}.",
        _ => $"must be between 0 and {MaxQuantity}.",
    };
}
