using System.Globalization;
using SmartReview.Kernel;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Settlements;

namespace SmartReview.National.Export;

/// <summary>
/// The reverse of the fold: settlements (JSON Lines) written as the five national tables, rows shuffled so the rows
/// of one settlement are far apart, CRLF, codes from the dictionaries. For the generator, tests and benchmarks.
/// </summary>
public static class NationalTables
{
    /// <summary>
    /// Writes the settlements of <paramref name="settlements"/> into <paramref name="folder"/> (created if needed) as
    /// mdtrt_d.csv, setl_d.csv, fee_list_d.csv, setl_list_diag_d.csv and setl_list_oprn_d.csv. Records that are not
    /// valid settlements are skipped and counted. Visit ids are the settlement id with an <c>M</c> in front.
    /// </summary>
    public static async Task<ExportResult> WriteAsync(Stream settlements, string folder, ExportOptions? options = null, CancellationToken cancel = default)
    {
        options ??= new ExportOptions();
        NationalDictionaries d = options.Dictionaries ?? NationalDictionaries.Default;
        Directory.CreateDirectory(folder);
        var tables = TableNames.All.ToDictionary(t => t, t => new ShuffledTable(Path.Combine(folder, TableFiles.Names[t]), TableFiles.Headers[t], options, options.Seed + (int)t));
        try
        {
            var reader = new LineBatchReader(settlements);
            var parser = new SettlementParser(recycle: true);
            long written = 0, skipped = 0;
            while (await reader.ReadAsync(cancel).ConfigureAwait(false) is { } batch)
            {
                using (batch)
                {
                    for (int i = 0; i < batch.Count; i++)
                    {
                        ParseResult parsed = parser.Parse(batch.Line(i));
                        if (!parsed.Ok)
                        {
                            skipped++;
                            continue;
                        }

                        Write(parsed.Settlement, tables, d);
                        written++;
                    }
                }
            }

            foreach (ShuffledTable table in tables.Values)
            {
                table.Finish();
            }

            return new ExportResult(written, skipped, tables.ToDictionary(t => t.Key, t => t.Value.Rows), tables.ToDictionary(t => t.Key, t => t.Value.Path));
        }
        finally
        {
            foreach (ShuffledTable table in tables.Values)
            {
                table.Dispose();
            }
        }
    }

    private static void Write(Settlement s, Dictionary<NationalTable, ShuffledTable> tables, NationalDictionaries d)
    {
        string visit = "M" + s.Id;
        tables[NationalTable.Visit].Add(visit, s.Person.Id, d.Sex.CodeOf(s.Person.Sex), Date(s.Person.BirthDate), d.Scheme.CodeOf(s.Scheme),
            d.Setting.CodeOf(s.Setting), s.Facility.Id, s.Facility.Name, d.HospitalLevel.CodeOf(s.Facility.Level), s.Facility.Region,
            Time(s.AdmittedAt), Time(s.DischargedAt), s.Department, s.Doctor);
        Totals t = s.Totals;
        tables[NationalTable.Settlement].Add(s.Id, visit, s.Person.Id, Money(t.Total), Money(t.FundPaid), Money(t.SelfPay + t.SelfFunded), Money(t.SelfFunded), s.Drg ?? "");
        foreach (LineItem l in s.Lines)
        {
            string category = l.Category == ItemCategory.Drug && l.Code.StartsWith('Z') ? "11" : d.Category.CodeOf(l.Category);
            tables[NationalTable.FeeLine].Add(l.LineId, s.Id, visit, Time(l.ChargedAt), l.Quantity.ToString(CultureInfo.InvariantCulture), Money(l.UnitPrice),
                Money(l.Amount), category, d.PaymentClass.CodeOf(l.PaymentClass), l.Code, l.Name, l.Department, l.Doctor, l.UploadedAt is { } up ? Time(up) : "");
        }

        for (int i = 0; i < s.Diagnoses.Count; i++)
        {
            Diagnosis g = s.Diagnoses[i];
            tables[NationalTable.Diagnosis].Add(s.Id, (i + 1).ToString(CultureInfo.InvariantCulture), g.Code, g.Name, d.MainDiagnosis.CodeOf(g.Main));
        }

        for (int i = 0; i < s.Operations.Count; i++)
        {
            Operation o = s.Operations[i];
            tables[NationalTable.Operation].Add(s.Id, (i + 1).ToString(CultureInfo.InvariantCulture), o.Code, o.Name, o.PerformedAt is { } at ? Time(at) : "",
                d.MainOperation.CodeOf(o.Main));
        }
    }

    /// <summary>China time without offset, yyyy-MM-dd HH:mm:ss (fractions of a second kept when there are any).</summary>
    internal static string Time(DateTime utc)
    {
        DateTime local = utc + ChinaTime.Offset;
        return local.ToString(local.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
