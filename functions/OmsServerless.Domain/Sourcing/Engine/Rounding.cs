namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>How figures are rounded in decisions: money to the cent, distances to 0.1 km, scores to 4 places.</summary>
internal static class Rounding
{
    public static decimal Money(double amount) => Math.Round((decimal)amount, 2, MidpointRounding.AwayFromZero);

    public static double Km(double km) => Math.Round(km, 1, MidpointRounding.AwayFromZero);

    public static double Score(double score) => Math.Round(score, 4, MidpointRounding.AwayFromZero);
}
