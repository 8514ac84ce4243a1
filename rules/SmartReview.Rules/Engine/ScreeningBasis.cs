using System.Globalization;
using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Engine;

/// <summary>
/// Which of a pack's rules judge a settlement: those in force on its discharge date (the default), on one chosen date
/// (as of), or on the day the screening started (current). A flag carries the basis resolved for its settlement
/// (<see cref="For"/>), so it names the date it was judged on. Text form: <c>discharge-date[:date]</c>,
/// <c>as-of:date</c>, <c>current:date</c>, dates as yyyy-MM-dd.
/// </summary>
public readonly record struct ScreeningBasis
{
    private const string DateFormat = "yyyy-MM-dd";

    private ScreeningBasis(BasisKind kind, DateOnly? date)
    {
        Kind = kind;
        Date = date;
    }

    public BasisKind Kind { get; }

    /// <summary>The date rules must be in force on; null for a discharge-date basis not yet resolved for a settlement.</summary>
    public DateOnly? Date { get; }

    public static ScreeningBasis DischargeDate => default;

    public static ScreeningBasis AsOf(DateOnly date) => new(BasisKind.AsOf, date);

    public static ScreeningBasis Current(DateOnly today) => new(BasisKind.Current, today);

    /// <summary>The date a rule must be in force on to judge a stay discharged on <paramref name="discharge"/>.</summary>
    public DateOnly JudgingDate(DateOnly discharge) => Kind == BasisKind.DischargeDate ? discharge : Date!.Value;

    /// <summary>This basis as it applies to a stay discharged on <paramref name="discharge"/>.</summary>
    public ScreeningBasis For(DateOnly discharge) => new(Kind, JudgingDate(discharge));

    /// <summary>The basis in words, in both languages: "as of 2026-01-01", "discharge date 2024-05-03".</summary>
    public LocalizedText Text => Kind == BasisKind.DischargeDate && Date is null
        ? Texts.Of("Basis_DischargeDate")
        : Texts.Format("Basis_" + Kind + "_On", [Date]);

    public override string ToString()
    {
        string name = Kind switch { BasisKind.AsOf => "as-of", BasisKind.Current => "current", _ => "discharge-date" };
        return Date is { } d ? $"{name}:{d.ToString(DateFormat, CultureInfo.InvariantCulture)}" : name;
    }

    /// <summary>
    /// Reads the text form <see cref="ToString"/> writes; none (a message or row from before bases were kept) reads as
    /// the discharge-date basis.
    /// </summary>
    public static bool TryParse(string? text, out ScreeningBasis basis)
    {
        basis = default;
        if (text is null)
        {
            return true;
        }

        string[] parts = text.Split(':');
        DateOnly? date = null;
        if (parts.Length > 2 || parts.Length == 2 && !TryDate(parts[1], out date))
        {
            return false;
        }

        BasisKind? kind = parts[0] switch { "discharge-date" => BasisKind.DischargeDate, "as-of" => BasisKind.AsOf, "current" => BasisKind.Current, _ => null };
        if (kind is null || kind != BasisKind.DischargeDate && date is null)
        {
            return false;
        }

        basis = new ScreeningBasis(kind.Value, date);
        return true;
    }

    /// <summary>
    /// The basis a user chose: <paramref name="asOf"/> (yyyy-MM-dd) for as of, else <paramref name="basis"/>
    /// (<c>discharge-date</c>, the default, or <c>current</c>, fixed to <paramref name="today"/>). On a bad choice,
    /// <paramref name="badParameter"/> is "asOf" or "basis".
    /// </summary>
    public static bool TryChoose(string? basis, string? asOf, DateOnly today, out ScreeningBasis chosen, out string? badParameter)
    {
        chosen = default;
        badParameter = null;
        string name = (basis ?? "").Trim().ToLowerInvariant();
        if (!string.IsNullOrWhiteSpace(asOf) || name == "as-of")
        {
            badParameter = !TryDate(asOf, out DateOnly? date) ? "asOf" : name is "" or "as-of" ? null : "basis";
            chosen = badParameter is null ? AsOf(date!.Value) : default;
        }
        else if (name == "current")
        {
            chosen = Current(today);
        }
        else if (name is not ("" or "discharge-date"))
        {
            badParameter = "basis";
        }

        return badParameter is null;
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        bool ok = DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed);
        date = ok ? parsed : null;
        return ok;
    }
}
