namespace SmartReview.Synthetic.Generation;

/// <summary>
/// How the plants of each rule (by index in the pack) have gone: planted, failed, and whether the rule is now planted
/// as a compound plant — once the stays that suited it have refused its lines <see cref="CompoundAfter"/> times and
/// never taken them, its lines are taken to break other rules whatever the stay (see <see cref="Planting.CompoundPlant"/>).
/// </summary>
internal sealed class PlantTally(int rules)
{
    public const int CompoundAfter = 6;
    private readonly int[] _planted = new int[rules], _failed = new int[rules], _refused = new int[rules];
    private readonly bool[] _compound = new bool[rules];

    public void Planted(int rule) => _planted[rule]++;

    /// <param name="rule">The rule whose plant failed.</param>
    /// <param name="refused">True when the stay suited the rule but its lines could not be planted, or raised what they should not.</param>
    public void Failed(int rule, bool refused)
    {
        _failed[rule]++;
        if (refused && ++_refused[rule] >= CompoundAfter && _planted[rule] == 0)
        {
            _compound[rule] = true;
        }
    }

    /// <summary>
    /// Order within a family, lowest planted next: plants, a failure counting a quarter of one (a rule that fails is
    /// tried again soon, without holding up the rest of its family).
    /// </summary>
    public int Rank(int rule) => 4 * _planted[rule] + _failed[rule];

    public bool Compound(int rule) => _compound[rule];
}
