using SmartReview.Knowledge.Mapping;
using SmartReview.Knowledge.Nhsa;
using SmartReview.Knowledge.Shapes;
using SmartReview.Knowledge.Wording;

namespace SmartReview.Knowledge.Import;

/// <summary>
/// Applies batch lines in input order (files in the order given, lines in file order): maps each point to its rule,
/// structures its wording, and puts it among the entries in force (a restatement replaces, a withdrawal removes). Counts every line
/// in exactly one of checkable, text-only, withdrawal or skipped, by batch and rule. Touches no files.
/// </summary>
internal sealed class Importer(ImportData data)
{
    private readonly EntriesInForce _inForce = new();
    private readonly Dictionary<(string Batch, string Rule), RowTally> _rows = [];
    private readonly Dictionary<string, RuleMapping> _fallbacks = new(StringComparer.Ordinal);
    private readonly List<PointOutcome> _outcomes = [];
    private readonly List<string> _warnings = [];
    private readonly HashSet<int> _warnedBatches = [];
    private readonly HashSet<string> _checkedFiles = new(StringComparer.Ordinal);
    private int _highestBatch = int.MinValue;

    public IReadOnlyList<RowTally> Rows => [.. _rows.Values];

    public IReadOnlyList<PointOutcome> Outcomes => _outcomes;

    public IReadOnlyList<string> Warnings => _warnings;

    public IReadOnlyList<EntryDraft> Entries => _inForce.Entries;

    /// <summary>The generic rows made for rules the table lacks, in first-seen order.</summary>
    public IReadOnlyList<RuleMapping> FallbackRules => [.. _fallbacks.Values];

    public void Apply(NhsaLine line)
    {
        NhsaPoint? point = line.Point;
        RuleMapping? rule = point is null ? null : data.Map.Find(point.RuleName, point.RuleCode) ?? Fallback(point);
        RowTally row = Row(point, rule);
        row.Read++;
        if (point is null)
        {
            Skip(line, row, "line.unreadable");
            return;
        }

        NoteOrder(point);
        NoteFileName(point, rule);
        string? id = rule is null ? null : PointIdentity.Of(rule, point);
        string? skip = !PointStatus.IsKnown(point.Status) ? "status.unknown"
            : point.ItemName.Length == 0 && (!point.Withdrawn || rule!.Identity.Contains("item_name")) ? "point.no_item_name"
            : id is null ? "point.incomplete_identity"
            : point.Codes.Count == 0 && !point.Withdrawn ? "point.no_codes"
            : null;
        if (skip is not null)
        {
            Skip(line, row, skip);
        }
        else if (point.Withdrawn)
        {
            Withdraw(line, point, row, id!);
        }
        else
        {
            Put(line, point, rule!, row, id!);
        }
    }

    /// <summary>
    /// A point of a rule the table lacks is kept, text-only, under the generic suspicious rule (rule-map.json
    /// <c>fallback</c>); the reason says whether the framework knows the rule.
    /// </summary>
    private RuleMapping Fallback(NhsaPoint point)
    {
        RuleMapping fallback = data.Map.FallbackFor(point.RuleName, point.RuleCode);
        fallback = fallback with { TextReason = data.Framework.Knows(point.RuleName, point.RuleCode) ? "rule.framework_not_mapped" : "rule.unknown" };
        return _fallbacks.TryAdd(fallback.Key, fallback) ? fallback : _fallbacks[fallback.Key];
    }

    private void Put(NhsaLine line, NhsaPoint point, RuleMapping rule, RowTally row, string id)
    {
        string? scope = PointIdentity.Scope(rule, point);
        id = Renamed(line, point, rule, scope, row, id);
        ShapeDecision shape = data.Shapes.Decide(rule, point.Codes, point.Logic);
        Structure structure = data.Readers.Read(point.Restriction, point.ItemName, point.Logic, rule, point.Codes, shape);
        bool text = structure.IsTextOnly || rule.IsTextOnly;
        string family = !text ? rule.Family : structure.Together ? RuleMapping.PairTextFamily : RuleMapping.TextFamily;
        var entry = new EntryDraft
        {
            Id = id, RuleKey = rule.Key, Codes = text && !structure.Together ? point.Codes : structure.Codes ?? point.Codes, ItemName = point.ItemName,
            Text = point.Restriction, Set = text ? rule.TextSetOf(family) : rule.Set, Family = family, Shape = shape.Shape,
            Attributes = structure.Attributes, Source = point.Source, TextReason = structure.Reason, Origin = row, Scope = scope,
        };
        row.Shapes[shape.Shape] = row.Shapes.GetValueOrDefault(shape.Shape) + 1;
        if (entry.IsTextOnly)
        {
            row.Text(entry.TextReason!);
        }
        else
        {
            row.Checkable++;
        }

        if (_inForce.Put(entry) is EntryDraft replaced)
        {
            replaced.Origin.SupersededLater++;
            row.Restated++;
        }

        Absorb(line, entry, row);
        _outcomes.Add(new PointOutcome(line.File, line.LineNumber, point.NhsaId, id, entry.Set, entry.Attributes, entry.TextReason, null, false));
    }

    /// <summary>A new name with exactly the codes of a point in force is that point renamed: it keeps the old id.</summary>
    private string Renamed(NhsaLine line, NhsaPoint point, RuleMapping rule, string? scope, RowTally row, string id)
    {
        if (scope is null || _inForce.Find(id) is not null)
        {
            return id;
        }

        EntryDraft? renamed = _inForce.Sharing(rule.Key, point.Codes, id)
            .FirstOrDefault(e => e.Scope == scope && e.Codes.Count == point.Codes.Count && e.Codes.All(point.Codes.Contains));
        if (renamed is null)
        {
            return id;
        }

        _warnings.Add($"{row.Batch} {row.RuleName}: '{point.ItemName}' ({line.File} line {line.LineNumber}) restates '{renamed.ItemName}' "
            + $"with the same codes under a new name; it keeps id {renamed.Id}");
        return renamed.Id;
    }

    /// <summary>Earlier points of the same scope whose codes the new entry all restates are superseded by it.</summary>
    private void Absorb(NhsaLine line, EntryDraft entry, RowTally row)
    {
        if (entry.Scope is null)
        {
            return;
        }

        var codes = entry.Codes.ToHashSet(StringComparer.Ordinal);
        foreach (EntryDraft earlier in _inForce.Sharing(entry.RuleKey, entry.Codes, entry.Id).Where(e => e.Scope == entry.Scope && e.Codes.All(codes.Contains)))
        {
            _inForce.Withdraw(earlier.Id);
            earlier.Origin.SupersededLater++;
            row.Restated++;
            _warnings.Add($"{row.Batch} {row.RuleName}: '{entry.ItemName}' ({line.File} line {line.LineNumber}) restates every code of "
                + $"'{earlier.ItemName}' ({earlier.Source}), which it supersedes");
        }
    }

    private void Withdraw(NhsaLine line, NhsaPoint point, RowTally row, string id)
    {
        row.Withdrawals++;
        if (_inForce.Withdraw(id) is EntryDraft withdrawn)
        {
            withdrawn.Origin.WithdrawnLater++;
        }
        else
        {
            _warnings.Add($"{line.File} line {line.LineNumber}: withdrawal of '{point.ItemName}' ({point.RuleName ?? point.RuleCode}) matches no point in force");
        }

        _outcomes.Add(new PointOutcome(line.File, line.LineNumber, point.NhsaId, id, null, null, null, null, true));
    }

    private void Skip(NhsaLine line, RowTally row, string reason)
    {
        row.Skip(reason);
        _outcomes.Add(new PointOutcome(line.File, line.LineNumber, line.Point?.NhsaId, null, null, null, null, reason, false));
    }

    private void NoteOrder(NhsaPoint point)
    {
        if (point.Batch is not int batch)
        {
            return;
        }

        if (batch < _highestBatch && _warnedBatches.Add(batch))
        {
            _warnings.Add($"batch {batch} comes after batch {_highestBatch} in the input: input order decides which restatement wins");
        }

        _highestBatch = Math.Max(_highestBatch, batch);
    }

    /// <summary>Warns once per source file whose name names another rule than its points do.</summary>
    private void NoteFileName(NhsaPoint point, RuleMapping? rule)
    {
        if (rule is null || rule.Key.StartsWith(data.Map.Fallback.Key + ":", StringComparison.Ordinal) || !_checkedFiles.Add(point.SourceFile) || data.Map.NamedIn(point.SourceFile) is not RuleMapping named || named.Key == rule.Key)
        {
            return;
        }

        _warnings.Add($"source file '{point.SourceFile}' is named for {named.Names[0]}, but its points say {point.RuleName ?? point.RuleCode}: "
            + "the rule name and code are kept");
    }

    private RowTally Row(NhsaPoint? point, RuleMapping? rule)
    {
        string batch = point?.BatchLabel ?? "(unreadable)";
        string name = point?.RuleName ?? rule?.Names.FirstOrDefault() ?? point?.RuleCode ?? "(none)";
        if (!_rows.TryGetValue((batch, name), out RowTally? row))
        {
            _rows[(batch, name)] = row = new RowTally(batch, name, point?.RuleCode, rule?.Family, rule?.Set);
        }

        row.RuleCode ??= point?.RuleCode;
        return row;
    }
}
