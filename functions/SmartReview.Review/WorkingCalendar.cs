using System.Globalization;
using System.Text.Json;
using SmartReview.Kernel;
using SmartReview.Review.Support;

namespace SmartReview.Review;

/// <summary>
/// Working days in mainland China: Monday–Friday not in a year's "off" list, plus any date in its "work" list
/// (调休上班). A year not in the data is not yet published and counts weekends only. Deadlines are counted in China
/// time (UTC+8).
/// </summary>
public sealed class WorkingCalendar
{
    private static readonly Lazy<WorkingCalendar> Embedded = new(LoadEmbedded);

    private readonly HashSet<DateOnly> off;
    private readonly HashSet<DateOnly> work;

    private WorkingCalendar(HashSet<DateOnly> off, HashSet<DateOnly> work, IReadOnlyCollection<int> years)
    {
        this.off = off;
        this.work = work;
        Years = years;
    }

    /// <summary>The State Council calendar shipped with this assembly (Data/china-holidays.json).</summary>
    public static WorkingCalendar China => Embedded.Value;

    /// <summary>The years the data lists; other years count weekends only.</summary>
    public IReadOnlyCollection<int> Years { get; }

    /// <summary>
    /// Reads data shaped like china-holidays.json: <c>{"years": {"2024": {"off": ["2024-01-01", …], "work": [...]}}}</c>.
    /// Throws <see cref="InvalidDataException"/> when a year or date is malformed, a date lies outside its year, or a
    /// date is both off and working.
    /// </summary>
    public static WorkingCalendar Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using JsonDocument document = Parse(json);
        if (!document.RootElement.TryGetProperty("years", out JsonElement years) || years.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("calendar: a 'years' object is required");
        }

        HashSet<DateOnly> off = [], work = [];
        List<int> listed = [];
        foreach (JsonProperty year in years.EnumerateObject())
        {
            int y = int.TryParse(year.Name, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) && parsed is >= 1900 and <= 9999
                ? parsed
                : throw new InvalidDataException($"calendar: '{year.Name}' is not a year");
            listed.Add(y);
            off.UnionWith(Dates(year.Value, "off", y));
            work.UnionWith(Dates(year.Value, "work", y));
        }

        DateOnly[] both = [.. off.Intersect(work)];
        return both.Length == 0
            ? new WorkingCalendar(off, work, listed.AsReadOnly())
            : throw new InvalidDataException($"calendar: {both[0]:yyyy-MM-dd} is both off and a working day");
    }

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        work.Contains(date) || (!off.Contains(date) && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="from"/> (which itself does not count); 0 gives <paramref name="from"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        DateOnly date = from;
        for (int counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            counted += IsWorkingDay(date) ? 1 : 0;
        }

        return date;
    }

    /// <summary>
    /// The deadline <paramref name="workingDays"/> working days after the China date of <paramref name="fromUtc"/>:
    /// the end of that working day, i.e. midnight starting the next day in China, as a UTC instant. A deadline has
    /// passed when now ≥ it.
    /// </summary>
    public DateTimeOffset DueUtc(DateTimeOffset fromUtc, int workingDays) =>
        ChinaTime.StartOfDayUtc(AddWorkingDays(ChinaTime.Date(fromUtc), workingDays).AddDays(1));

    /// <summary>The last day (China time) before a deadline from <see cref="DueUtc"/>: the day a deadline ends.</summary>
    public static DateOnly LastDay(DateTimeOffset dueUtc) => ChinaTime.Date(dueUtc.AddTicks(-1));

    private static JsonDocument Parse(Stream json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("calendar: not JSON: " + e.Message, e);
        }
    }

    private static IEnumerable<DateOnly> Dates(JsonElement year, string list, int y)
    {
        if (!year.TryGetProperty(list, out JsonElement dates))
        {
            return [];
        }

        if (dates.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"calendar: {y}.{list} must be an array of dates");
        }

        return [.. dates.EnumerateArray().Select(d => Date(d, list, y))];
    }

    private static DateOnly Date(JsonElement value, string list, int y) =>
        value.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
        && date.Year == y
            ? date
            : throw new InvalidDataException($"calendar: {y}.{list} holds '{value}', not a date of {y} (yyyy-MM-dd)");

    private static WorkingCalendar LoadEmbedded()
    {
        using Stream stream = typeof(WorkingCalendar).Assembly.GetManifestResourceStream("SmartReview.Review.Data.china-holidays.json")
            ?? throw new InvalidOperationException("embedded calendar missing");
        return Load(stream);
    }
}
