using System.Text.Json;

namespace SmartReview.Review.Points;

/// <summary>
/// How many points each degree of responsibility scores and where a year's points suspend (<see cref="SuspendAt"/>)
/// or end (<see cref="TerminateAt"/>) a person's payment qualification. Data, validated when loaded:
/// <see cref="National"/> is Data/doctor-points.json (our defaults; provinces set their own).
/// </summary>
public sealed class PointsScale
{
    private static readonly Lazy<PointsScale> Embedded = new(LoadEmbedded);

    private readonly IReadOnlyDictionary<Responsibility, PointsRange> degrees;

    private PointsScale(int suspendAt, int terminateAt, IReadOnlyDictionary<Responsibility, PointsRange> degrees)
    {
        SuspendAt = suspendAt;
        TerminateAt = terminateAt;
        this.degrees = degrees;
    }

    /// <summary>The defaults shipped with this assembly: 9 suspends, 12 ends; general 1–3, important 4–6, main 7–9.</summary>
    public static PointsScale National => Embedded.Value;

    /// <summary>A year's points at or above this suspend the person's payment qualification (暂停).</summary>
    public int SuspendAt { get; }

    /// <summary>A year's points at or above this end it (终止); the year's limit.</summary>
    public int TerminateAt { get; }

    /// <summary>The points a recording may score for <paramref name="degree"/>.</summary>
    public PointsRange For(Responsibility degree) => degrees[degree];

    /// <summary>
    /// Reads data shaped like doctor-points.json. Throws <see cref="InvalidDataException"/> unless every degree has a
    /// range 1 ≤ min ≤ max, and 1 ≤ suspendAt ≤ terminateAt.
    /// </summary>
    public static PointsScale Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            int suspend = Int(root, "suspendAt"), terminate = Int(root, "terminateAt");
            if (suspend < 1 || terminate < suspend)
            {
                throw new InvalidDataException($"points: 1 <= suspendAt ({suspend}) <= terminateAt ({terminate}) is required");
            }

            JsonElement listed = root.GetProperty("degrees");
            Dictionary<Responsibility, PointsRange> degrees = [];
            foreach (Responsibility degree in Enum.GetValues<Responsibility>())
            {
                JsonElement range = listed.TryGetProperty(degree.ToString(), out JsonElement r) ? r
                    : throw new InvalidDataException($"points: degrees.{degree} is missing");
                int min = Int(range, "min"), max = Int(range, "max");
                degrees[degree] = min >= 1 && max >= min ? new PointsRange(min, max)
                    : throw new InvalidDataException($"points: degrees.{degree} needs 1 <= min ({min}) <= max ({max})");
            }

            return new PointsScale(suspend, terminate, degrees);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException("points: " + e.Message, e);
        }
    }

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    private static PointsScale LoadEmbedded()
    {
        using Stream stream = typeof(PointsScale).Assembly.GetManifestResourceStream("SmartReview.Review.Data.doctor-points.json")
            ?? throw new InvalidOperationException("embedded points scale missing");
        return Load(stream);
    }
}
