namespace SmartReview.Rules.Settlements;

/// <summary>The insured person, by pseudonymous id.</summary>
public sealed record Person(string Id, Sex Sex, DateOnly BirthDate)
{
    /// <summary>Age in whole years on <paramref name="date"/>.</summary>
    public int AgeInYears(DateOnly date)
    {
        int age = date.Year - BirthDate.Year;
        return date < BirthDate.AddYears(age) ? age - 1 : age;
    }

    /// <summary>Age in days on <paramref name="date"/> (newborn rules count days).</summary>
    public int AgeInDays(DateOnly date) => date.DayNumber - BirthDate.DayNumber;
}
