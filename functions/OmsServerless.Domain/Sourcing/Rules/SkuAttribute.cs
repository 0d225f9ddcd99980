namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>Product flags that restrict where a SKU may ship from.</summary>
public enum SkuAttribute
{
    Hazmat,
    Oversize,
}
