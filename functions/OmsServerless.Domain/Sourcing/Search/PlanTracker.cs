namespace OmsServerless.Domain.Sourcing.Search;

/// <summary>
/// Keeps the best plan and the runner-up (the best plan on a different set of nodes) among everything offered.
/// Callers fill <see cref="Scratch"/>, evaluate it, then <see cref="Offer"/> it.
/// </summary>
internal sealed class PlanTracker
{
    private PlanObjective _objective = null!;

    public PlanBuffer Best { get; private set; } = new();

    public PlanBuffer RunnerUp { get; private set; } = new();

    public PlanBuffer Scratch { get; private set; } = new();

    public bool HasBest { get; private set; }

    public bool HasRunnerUp { get; private set; }

    public void Reset(PlanObjective objective)
    {
        _objective = objective;
        HasBest = false;
        HasRunnerUp = false;
    }

    public bool BestCovers(int units) => HasBest && Best.Metrics.Units >= units;

    /// <summary>Takes <paramref name="alternative"/> as the runner-up if it beats the current one without beating the best.</summary>
    public void ConsiderRunnerUp(PlanBuffer alternative, int lines)
    {
        if (HasBest && _objective.Compare(alternative, Best) > 0 && !alternative.SameNodes(Best) &&
            (!HasRunnerUp || _objective.Compare(alternative, RunnerUp) < 0))
        {
            RunnerUp.CopyFrom(alternative, lines);
            HasRunnerUp = true;
        }
    }

    public void Offer()
    {
        PlanBuffer offered = Scratch;
        if (!HasBest)
        {
            (Best, Scratch) = (offered, Best);
            HasBest = true;
            return;
        }

        if (_objective.Compare(offered, Best) < 0)
        {
            if (offered.SameNodes(Best))
            {
                (Best, Scratch) = (offered, Best);
                return;
            }

            (Best, RunnerUp, Scratch) = (offered, Best, RunnerUp);
            HasRunnerUp = true;
            return;
        }

        if (!offered.SameNodes(Best) && (!HasRunnerUp || _objective.Compare(offered, RunnerUp) < 0))
        {
            (RunnerUp, Scratch) = (offered, RunnerUp);
            HasRunnerUp = true;
        }
    }
}
