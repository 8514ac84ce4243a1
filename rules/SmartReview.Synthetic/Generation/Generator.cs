using System.Diagnostics;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Malformed;
using SmartReview.Synthetic.Planting;
using SmartReview.Synthetic.Truth;

namespace SmartReview.Synthetic.Generation;

/// <summary>
/// The generation loop. Settlement i is discharged on day start + i × span / count, so output runs in discharge order.
/// Each is a stay booked earlier (split admission, overlap, frequent admissions), a corrupted record (at the malformed
/// rate), a planted one (at the violation rate) or a clean one. One random source drives everything: a seed gives the
/// same bytes.
/// </summary>
internal sealed class Generator
{
    private const int Attempts = 8, CleanAttempts = 60;
    private readonly CompiledPack _pack;
    private readonly GeneratorOptions _options;
    private readonly Random _rng;
    private readonly PlanterSet _planters;
    private readonly PersonPool _persons;
    private readonly StayBuilder _builder;
    private readonly PlantChooser _chooser;
    private readonly PlantTally _tally;
    private readonly Corrupter _corrupter;
    private readonly Booking _booking;
    private readonly PriorityQueue<Readmission, (int Day, long Seq)> _readmissions = new();
    private readonly int _spacing;
    private readonly Dictionary<string, long> _byFamily = new(StringComparer.Ordinal);
    private long _violations, _violating, _malformed, _lines, _scheduled;
    private bool _booked;

    public Generator(CompiledPack pack, GeneratorOptions options)
    {
        _pack = pack;
        _options = options;
        _rng = new Random(options.Seed);
        _planters = new PlanterSet(pack);
        var catalogue = new ItemCatalogue(pack, _planters.Patterns);
        var context = new PlantingContext(_rng, catalogue, new LineFactory(_rng), _planters);
        _planters.Bind(context);
        _persons = new PersonPool(options.Count, options.Seed, options.StartDate, _planters.AdmissionLimits, _planters.NeedsNewborns ? options.SpanDays : 0);
        var facilities = new FacilityDirectory(options.FacilityCount, options.Region, _rng);
        var skeletons = new SkeletonMaker(_rng, facilities, _persons);
        _tally = new PlantTally(pack.Rules.Count);
        _builder = new StayBuilder(context, skeletons, new LineFiller(context), _tally);
        _chooser = new PlantChooser(_planters.All, options.FamilyWeights, _tally);
        _corrupter = new Corrupter(_rng);
        _spacing = _planters.SplitIntervalDays + 2;
        _booking = new Booking(_rng, facilities, _planters, _spacing);
    }

    public GenerationResult Run(Stream settlements, Stream truth, Stream? rejects)
    {
        var clock = Stopwatch.StartNew();
        using (var behind = new WriteBehind(settlements))
        using (var records = new RecordWriter(behind))
        using (var truthWriter = new TruthWriter(_pack, truth, rejects))
        {
            int first = _options.StartDate.DayNumber;
            for (int i = 0; i < _options.Count; i++)
            {
                string id = $"S{_options.StartDate.Year}{i + 1:D9}";
                int day = first + (int)((long)i * _options.SpanDays / _options.Count);
                _booked = false;
                BuiltStay? later = Readmit(id, day);
                bool corrupt = later is null && _rng.Chance(_options.MalformedRate);
                BuiltStay stay = later ?? (corrupt || !_rng.Chance(_options.ViolationRate) ? Clean(id, day) : Planted(id, day));
                Emit(records, truthWriter, stay, corrupt, i + 1);
            }

            records.Drain();
            behind.Complete();
        }

        return new GenerationResult
        {
            Records = _options.Count, Lines = _lines, Violations = _violations, ViolatingSettlements = _violating, Malformed = _malformed,
            ViolationsByFamily = new SortedDictionary<string, long>(_byFamily, StringComparer.Ordinal), UnsupportedRules = _planters.Unsupported,
            UnplantableRules = [.. _planters.All.Where(p => p.Definition.Enabled && p.JudgesStays && !p.CanPlant).Select(p => p.Definition.Id)],
            CompoundRules = [.. _planters.All.Where(p => _tally.Compound(p.Index)).Select(p => p.Definition.Id)],
            Elapsed = clock.Elapsed,
        };
    }

    private void Emit(RecordWriter records, TruthWriter truth, BuiltStay stay, bool corrupt, long lineNumber)
    {
        StayDraft d = stay.Draft;
        Settlement settlement = SettlementAssembler.Assemble(d);
        Corruption? corruption = corrupt ? _corrupter.Corrupt(settlement) : null;
        records.Write(settlement, corruption);
        _lines += d.Lines.Count;
        if (corruption is not null)
        {
            truth.Reject(lineNumber, corruption);
            _malformed++;
        }
        else
        {
            _persons.Admitted(d.PersonIndex, d.AdmissionDay);
        }

        foreach (ExpectedFlag flag in stay.Flags)
        {
            truth.Violation(d, flag);
            _violations++;
            string family = _pack.Rules[flag.Rule].Definition.Family;
            _byFamily[family] = _byFamily.GetValueOrDefault(family) + 1;
        }

        _violating += stay.Flags.Count > 0 ? 1 : 0;
        if (!_booked)
        {
            _persons.FreeFrom(d.PersonIndex, d.DischargeDay + _spacing);
        }
    }

    private BuiltStay Clean(string id, int day)
    {
        for (int attempt = 0; attempt < CleanAttempts; attempt++)
        {
            if (_builder.TryBuild(id, day, null, null, null) is { } stay)
            {
                return stay;
            }
        }

        throw new InvalidOperationException(
            $"could not generate a clean stay for pack {_pack.Label} in {CleanAttempts} attempts: the background keeps raising {_builder.LastRefusal}");
    }

    private BuiltStay Planted(string id, int day)
    {
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            RulePlanter? primary = _chooser.Choose(_rng, day, secondary: false, notFamily: null);
            if (primary is null)
            {
                break;
            }

            if (primary is BookingPlanter booker)
            {
                BuiltStay earlier = Clean(id, day);
                Book(booker.Book(earlier.Draft, null, _booking));
                _tally.Planted(booker.Index);
                return earlier;
            }

            RulePlanter? extra = _rng.Chance(_options.SecondViolationRate) ? _chooser.Choose(_rng, day, secondary: true, primary.Family) : null;
            if (_builder.TryBuild(id, day, primary, extra, null) is { } stay)
            {
                return stay;
            }
        }

        return Clean(id, day);
    }

    /// <summary>The booked stay due by <paramref name="day"/>, if one is waiting; the person's next is booked after it.</summary>
    private BuiltStay? Readmit(string id, int day)
    {
        if (!_readmissions.TryPeek(out Readmission? back, out (int Day, long Seq) due) || due.Day > day)
        {
            return null;
        }

        _readmissions.Dequeue();
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            if (_builder.TryBuild(id, day, back.Rule, null, back) is { } stay)
            {
                Book(back.Booker.Book(stay.Draft, back, _booking));
                return stay;
            }
        }

        _persons.FreeFrom(back.PersonIndex, back.Earlier.DischargeDay + _spacing);
        return null;
    }

    /// <summary>Queues a booked stay; its person takes no other stay meanwhile.</summary>
    private void Book(Readmission? next)
    {
        if (next is null)
        {
            return;
        }

        _readmissions.Enqueue(next, (next.TargetDischargeDay, _scheduled++));
        _persons.FreeFrom(next.PersonIndex, int.MaxValue);
        _booked = true;
    }
}
