using System.Globalization;
using System.Text.Json;
using SmartReview.National.Dictionaries;
using SmartReview.Rules.Settlements;

namespace SmartReview.National;

/// <summary>
/// The code tables that turn the extract's dictionary codes into SmartReview values (gend, insutype, med_type,
/// med_chrgitm_type, chrgitm_lv, hosp_lv, maindiag_flag, main_oprn_flag). Data a bureau can edit: the defaults are
/// embedded (Dictionaries/national-dictionaries.json); <see cref="Load"/> lays a bureau's file over them column by column.
/// </summary>
public sealed class NationalDictionaries
{
    private static readonly Lazy<NationalDictionaries> LazyDefault = new(() =>
    {
        using Stream json = typeof(NationalDictionaries).Assembly.GetManifestResourceStream("SmartReview.National.national-dictionaries.json")
            ?? throw new InvalidOperationException("the default dictionaries are not embedded");
        return Parse(json, null);
    });

    private NationalDictionaries(IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> columns)
    {
        Sex = Table(columns, "gend", Enum<Sex>);
        Scheme = Table(columns, "insutype", Enum<Scheme>);
        Setting = Table(columns, "med_type", Enum<CareSetting>);
        Category = Table(columns, "med_chrgitm_type", Enum<ItemCategory>);
        PaymentClass = Table(columns, "chrgitm_lv", Enum<PaymentClass>);
        HospitalLevel = Table(columns, "hosp_lv", Level);
        MainDiagnosis = Table(columns, "maindiag_flag", Flag);
        MainOperation = Table(columns, "main_oprn_flag", Flag);
        Columns = columns;
    }

    /// <summary>The shipped defaults.</summary>
    public static NationalDictionaries Default => LazyDefault.Value;

    /// <summary>The column names the tables cover.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } =
        ["gend", "insutype", "med_type", "med_chrgitm_type", "chrgitm_lv", "hosp_lv", "maindiag_flag", "main_oprn_flag"];

    internal CodeTable<Sex> Sex { get; }
    internal CodeTable<Scheme> Scheme { get; }
    internal CodeTable<CareSetting> Setting { get; }
    internal CodeTable<ItemCategory> Category { get; }
    internal CodeTable<PaymentClass> PaymentClass { get; }
    internal CodeTable<int> HospitalLevel { get; }
    internal CodeTable<bool> MainDiagnosis { get; }
    internal CodeTable<bool> MainOperation { get; }

    private IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> Columns { get; }

    /// <summary>
    /// The defaults with the columns listed in the JSON file at <paramref name="path"/> replaced. Throws
    /// <see cref="NationalExtractException"/> naming the column and code of the first bad entry.
    /// </summary>
    public static NationalDictionaries Load(string path)
    {
        using var json = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Parse(json, Default);
    }

    /// <summary>Reads code tables from <paramref name="json"/>, over <paramref name="defaults"/> when given.</summary>
    public static NationalDictionaries Parse(Stream json, NationalDictionaries? defaults)
    {
        var columns = new Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>>(defaults?.Columns ?? new Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>>(),
            StringComparer.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        foreach (JsonProperty column in doc.RootElement.EnumerateObject())
        {
            if (column.Name.StartsWith('$'))
            {
                continue;
            }

            if (!ColumnNames.Contains(column.Name) || column.Value.ValueKind != JsonValueKind.Object)
            {
                throw new NationalExtractException($"dictionaries: '{column.Name}' is not a code table (expected one of {string.Join(", ", ColumnNames)}, each an object code → value)");
            }

            columns[column.Name] = [.. column.Value.EnumerateObject().Select(e => new KeyValuePair<string, string>(e.Name.Trim(),
                e.Value.ValueKind == JsonValueKind.String ? e.Value.GetString()! : e.Value.GetRawText()))];
        }

        return new NationalDictionaries(columns);
    }

    private static CodeTable<T> Table<T>(IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> columns, string column,
        Func<string, T?> convert)
        where T : struct
    {
        if (!columns.TryGetValue(column, out IReadOnlyList<KeyValuePair<string, string>>? entries))
        {
            throw new NationalExtractException($"dictionaries: no code table for '{column}'");
        }

        return new CodeTable<T>(column, [.. entries.Select(e => new KeyValuePair<string, T>(e.Key, convert(e.Value)
            ?? throw new NationalExtractException($"dictionaries: {column} code '{e.Key}' maps to '{e.Value}', which is not a SmartReview value")))]);
    }

    private static T? Enum<T>(string name) where T : struct, Enum => EnumNames.TryParse(name, out T value) ? value : null;

    private static int? Level(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int level) && level is >= 1 and <= 3 ? level : null;

    private static bool? Flag(string text) => text switch { "true" => true, "false" => false, _ => null };
}
