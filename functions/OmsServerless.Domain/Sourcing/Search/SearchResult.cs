using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Domain.Sourcing.Search;

/// <summary>How a destination's search ended; the plans themselves stay in the tracker.</summary>
/// <param name="Steps">Node combinations and allocations examined, reported in the explanation.</param>
internal readonly record struct SearchResult(SearchMode Mode, int Steps);
