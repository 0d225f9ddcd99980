namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>
/// The decision time in each node time zone, converted once per zone per decision (conversions are far slower than
/// the rest of a node's evaluation), and the ship day it implies for a node given its cut-off.
/// </summary>
internal sealed class LocalDays
{
    private int[] _day = [];
    private long[] _timeTicks = [];
    private bool[] _known = [];
    private SourcingNetwork _network = null!;
    private DateTimeOffset _now;

    public void Reset(SourcingNetwork network, DateTimeOffset now)
    {
        _network = network;
        _now = now;
        int zones = network.TimeZones.Length;
        if (_known.Length < zones)
        {
            _day = new int[zones];
            _timeTicks = new long[zones];
            _known = new bool[zones];
        }

        Array.Clear(_known, 0, zones);
    }

    /// <summary>Today (node-local) when the decision falls before the node's cut-off, otherwise tomorrow, as a day number.</summary>
    public int ShipDay(int node)
    {
        int zone = _network.TimeZoneOfNode[node];
        if (!_known[zone])
        {
            DateTimeOffset local = TimeZoneInfo.ConvertTime(_now, _network.TimeZones[zone]);
            _day[zone] = DateOnly.FromDateTime(local.DateTime).DayNumber;
            _timeTicks[zone] = local.TimeOfDay.Ticks;
            _known[zone] = true;
        }

        return _timeTicks[zone] < _network.CutoffTicks[node] ? _day[zone] : _day[zone] + 1;
    }
}
