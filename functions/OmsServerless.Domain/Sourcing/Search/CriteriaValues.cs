using System.Runtime.CompilerServices;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Sourcing.Search;

/// <summary>One value per <see cref="RankingCriterion"/>, indexed by the criterion, stored inline (no allocation).</summary>
[InlineArray(Count)]
internal struct CriteriaValues
{
    public const int Count = 6;

    private double _first;

    public readonly double Dot(in CriteriaValues coefficients)
    {
        double sum = 0;
        for (int i = 0; i < Count; i++)
        {
            sum += this[i] * coefficients[i];
        }

        return sum;
    }
}
