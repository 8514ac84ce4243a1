using SmartReview.Synthetic.Planting;

namespace SmartReview.Synthetic.Generation;

/// <summary>
/// Builds one stay: plan, skeleton, background lines, planted violations, background guards, finish — then checks it
/// against the rule model: a clean stay must raise nothing; a planted one must raise each planted rule and nothing
/// outside the planted families. A stay that fails is built again from scratch.
/// </summary>
internal sealed class StayBuilder(PlantingContext context, SkeletonMaker skeletons, LineFiller filler)
{
    private readonly HashSet<string> _families = new(StringComparer.Ordinal);

    /// <summary>Why the last attempt was refused: the rules whose flags were not wanted, or what did not fire.</summary>
    public string LastRefusal { get; private set; } = "";

    /// <summary>A stay with the given plants (all primary but the optional <paramref name="extra"/>), or null when this attempt failed.</summary>
    public BuiltStay? TryBuild(string id, int dischargeDay, RulePlanter? primary, RulePlanter? extra, Readmission? readmission)
    {
        var plan = new StayPlan { Readmission = readmission };
        if (primary is not null)
        {
            plan.Restrict(primary.Definition.Scope);
            if (context.Planters.SettingsFor(primary, context.Catalogue) is { } settings)
            {
                plan.RestrictSettings(settings);
            }

            if (!primary.Shape(plan, context))
            {
                return null;
            }

            plan.RequirePerson((p, admission, discharge) => context.Planters.SuitsAnyItem(primary, context.Catalogue, p, admission, discharge));
        }

        StayDraft? d = skeletons.Make(id, dischargeDay, plan);
        if (d is null || primary is not null && !primary.AppliesTo(d))
        {
            return null;
        }

        filler.Fill(d);
        _families.Clear();
        if (primary is not null)
        {
            if (!primary.Plant(d, context))
            {
                return null;
            }

            _families.Add(primary.Family);
        }

        if (extra is not null && extra.AppliesTo(d) && extra.Plant(d, context))
        {
            _families.Add(extra.Family);
        }

        context.Planters.Guard(d, context, _families);
        d.Finish();
        List<ExpectedFlag> flags = context.Planters.Evaluate(d);
        return Acceptable(flags, primary, extra) ? new BuiltStay(d, flags) : null;
    }

    private bool Acceptable(List<ExpectedFlag> flags, RulePlanter? primary, RulePlanter? extra)
    {
        bool primaryFired = primary is null, extraFired = extra is null || !_families.Contains(extra.Family);
        foreach (ExpectedFlag flag in flags)
        {
            RulePlanter rule = context.Planters.Of(flag.Rule)!;
            if (!_families.Contains(rule.Family))
            {
                LastRefusal = $"rule {rule.Definition.Id} ({rule.Family})";
                return false;
            }

            primaryFired |= rule == primary;
            extraFired |= rule == extra;
        }

        LastRefusal = primaryFired && extraFired ? "" : $"no flag of planted rule {(primaryFired ? extra : primary)!.Definition.Id}";
        return primaryFired && extraFired;
    }
}
