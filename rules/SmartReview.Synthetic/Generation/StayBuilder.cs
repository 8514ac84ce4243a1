using SmartReview.Synthetic.Planting;

namespace SmartReview.Synthetic.Generation;

/// <summary>
/// Builds one stay: plan, skeleton, background lines, planted violations, background guards, finish — then checks it
/// against the rule model: a clean stay must raise nothing; a planted one must raise each planted rule and nothing
/// outside the planted families and the rules a compound plant co-fires. A stay that fails is built again from
/// scratch. Each plant's outcome goes into the tally.
/// </summary>
internal sealed class StayBuilder(PlantingContext context, SkeletonMaker skeletons, LineFiller filler, PlantTally tally)
{
    private readonly HashSet<string> _families = new(StringComparer.Ordinal);
    private readonly PlantUnits _units = new(context.Planters, context.Catalogue);
    private readonly CompoundPlant _compound = new();

    /// <summary>Why the last attempt was refused: the rules whose flags were not wanted, or what did not fire.</summary>
    public string LastRefusal { get; private set; } = "";

    /// <summary>A stay with the given plants (all primary but the optional <paramref name="extra"/>), or null when this attempt failed.</summary>
    public BuiltStay? TryBuild(string id, int dischargeDay, RulePlanter? primary, RulePlanter? extra, Readmission? readmission)
    {
        var plan = new StayPlan { Readmission = readmission };
        if (primary is not null)
        {
            plan.Restrict(primary.Definition.Scope);
            if (_units.Settings(primary) is { } settings)
            {
                plan.RestrictSettings(settings);
            }

            if (!primary.Shape(plan, context))
            {
                return Failed(primary, readmission, refused: false);
            }

            plan.RequirePerson((p, admission, discharge) => _units.Suit(primary, p, admission, discharge));
        }

        StayDraft? d = skeletons.Make(id, dischargeDay, plan);
        if (d is null || primary is not null && !primary.AppliesTo(d))
        {
            return primary is null ? null : Failed(primary, readmission, refused: false);
        }

        filler.Fill(d);
        _families.Clear();
        _compound.Clear();
        if (primary is not null)
        {
            int refusals = context.Refusals;
            if (!Plant(primary, d))
            {
                return Failed(primary, readmission, refused: context.Refusals > refusals);
            }

            _families.Add(primary.Family);
        }

        if (extra is not null && extra.AppliesTo(d) && Plant(extra, d))
        {
            _families.Add(extra.Family);
        }

        context.Planters.Guard(d, context, _families);
        d.Finish();
        List<ExpectedFlag> flags = context.Planters.Evaluate(d);
        if (!Acceptable(d, flags, primary, extra, out bool refused))
        {
            return primary is null ? null : Failed(primary, readmission, refused);
        }

        if (primary is not null && readmission is null)
        {
            tally.Planted(primary.Index);
        }

        if (extra is not null && _families.Contains(extra.Family))
        {
            tally.Planted(extra.Index);
        }
        else if (extra is not null)
        {
            tally.Failed(extra.Index, refused: false);
        }

        return new BuiltStay(d, flags);
    }

    /// <summary>Plants one rule, as a compound plant once the tally says its lines cannot be planted cleanly.</summary>
    private bool Plant(RulePlanter planter, StayDraft d)
    {
        context.Compound = tally.Compound(planter.Index) ? _compound.For(planter) : null;
        try
        {
            return planter.Plant(d, context);
        }
        finally
        {
            context.Compound = null;
        }
    }

    private BuiltStay? Failed(RulePlanter primary, Readmission? readmission, bool refused)
    {
        if (readmission is null)
        {
            tally.Failed(primary.Index, refused);
        }

        return null;
    }

    /// <summary>
    /// Whether the flags are those the plants should raise. When not, <paramref name="refused"/> tells whether the
    /// primary plant's lines broke a rule outside the plant or did not fire (rather than the extra plant not firing).
    /// </summary>
    private bool Acceptable(StayDraft d, List<ExpectedFlag> flags, RulePlanter? primary, RulePlanter? extra, out bool refused)
    {
        bool primaryFired = primary is null, extraFired = extra is null || !_families.Contains(extra.Family);
        refused = true;
        foreach (ExpectedFlag flag in flags)
        {
            RulePlanter rule = context.Planters.Of(flag.Rule)!;
            if (!_families.Contains(rule.Family) && !_compound.CoFires(d, flag))
            {
                LastRefusal = $"rule {rule.Definition.Id} ({rule.Family})";
                return false;
            }

            primaryFired |= rule == primary;
            extraFired |= rule == extra;
        }

        refused = !primaryFired;
        LastRefusal = primaryFired && extraFired ? "" : $"no flag of planted rule {(primaryFired ? extra : primary)!.Definition.Id}";
        return primaryFired && extraFired;
    }
}
