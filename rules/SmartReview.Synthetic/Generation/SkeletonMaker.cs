using SmartReview.Kernel;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Planting;

namespace SmartReview.Synthetic.Generation;

/// <summary>
/// Makes the stay before its lines: facility, person (free to be admitted), main and secondary diagnoses, operation,
/// length of stay (log-normal, median about a week, scaled by diagnosis), admission and discharge times, scheme and
/// care setting — within what the plan allows.
/// </summary>
internal sealed class SkeletonMaker(Random rng, FacilityDirectory facilities, PersonPool persons)
{
    private const int Attempts = 40;
    private static readonly double TotalWeight = DiagnosisTemplates.Main.Sum(d => d.Weight);

    public StayDraft? Make(string id, int dischargeDay, StayPlan plan)
    {
        if (plan.IsEmpty)
        {
            return null;
        }

        if (plan.Readmission is { } back)
        {
            return Readmit(id, dischargeDay, back, plan);
        }

        CareSetting setting = Setting(plan);
        SyntheticFacility? facility = facilities.Pick(rng, plan.MinLevel, plan.MaxLevel, plan.Levels);
        if (facility is null)
        {
            return null;
        }

        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            int index = plan.PersonFits is not null && persons.Newborns > 0 && attempt % 4 == 3 ? persons.RandomNewborn(rng, dischargeDay) : persons.RandomIndex(rng);
            Person person = persons.Describe(index);
            int age = person.AgeInYears(DateOnly.FromDayNumber(dischargeDay));
            DiagnosisTemplate? template = plan.MainDiagnosis is null ? PickDiagnosis(person.Sex, age) : Matching(plan.MainDiagnosis);
            if (template is null)
            {
                continue;
            }

            OperationTemplate? operation = PickOperation(template, setting, facility, plan);
            if (plan.Operated && operation is null)
            {
                continue;
            }

            int days = Days(template, setting, operation, plan);
            int admissionDay = dischargeDay - days;
            if (!persons.IsFree(index, admissionDay) || person.BirthDate.DayNumber > admissionDay
                || !(plan.PersonFits?.Invoke(person, admissionDay, dischargeDay) ?? true)
                || ChooseScheme(index, person, template, age, plan) is not Scheme scheme)
            {
                continue;
            }

            var d = new StayDraft(id, facility, index, person)
            {
                Scheme = scheme, Setting = setting, Template = template, EarlierAdmissions = persons.Admissions(index),
            };
            (DateTime admitted, DateTime discharged) = Times(admissionDay, dischargeDay);
            d.SetTimes(admitted, discharged);
            Describe(d, plan.MainDiagnosis ?? template.AsMain, operation, age);
            return d;
        }

        return null;
    }

    private StayDraft? Readmit(string id, int dischargeDay, Readmission back, StayPlan plan)
    {
        int admissionDay = ChinaTime.Date(back.AdmittedAt).DayNumber;
        if (dischargeDay - admissionDay > 60 || dischargeDay < admissionDay)
        {
            return null;
        }

        int age = back.Person.AgeInYears(DateOnly.FromDayNumber(dischargeDay));
        DiagnosisTemplate template = PickDiagnosis(back.Person.Sex, age) ?? DiagnosisTemplates.Main[0];
        var d = new StayDraft(id, back.Facility, back.PersonIndex, back.Person)
        {
            Scheme = back.Scheme, Setting = CareSetting.Inpatient, Template = template, Earlier = back.Earlier,
            EarlierAdmissions = persons.Admissions(back.PersonIndex),
        };
        DateTime discharged = ChinaTime.AtUtc(dischargeDay, 9 * 60 + rng.Next(8 * 60));
        d.SetTimes(back.AdmittedAt, discharged > back.AdmittedAt ? discharged : back.AdmittedAt.AddHours(2 + rng.Next(6)));
        if (d.DischargeDay != dischargeDay)
        {
            return null;
        }

        OperationTemplate? operation = PickOperation(template, CareSetting.Inpatient, back.Facility, plan);
        Describe(d, template.AsMain, operation, age);
        return d;
    }

    private void Describe(StayDraft d, Diagnosis main, OperationTemplate? operation, int age)
    {
        d.Diagnoses.Add(main);
        foreach ((DiagnosisTemplate co, double chance) in DiagnosisTemplates.Comorbidities)
        {
            if (age >= co.MinAge && rng.Chance(chance) && co.Code != main.Code && d.Diagnoses.Count < 5)
            {
                d.Diagnoses.Add(co.AsSecondary);
            }
        }

        if (operation is not null)
        {
            int day = d.LengthOfStay >= 2 ? d.AdmissionDay + 1 : d.AdmissionDay;
            DateTime at = ChinaTime.AtUtc(day, 9 * 60 + rng.Next(7 * 60));
            DateTime low = d.AdmittedAt.AddMinutes(30), high = d.DischargedAt.AddMinutes(-30);
            d.Operations.Add(new Operation(operation.Code, operation.Name, at < low ? low : at > high ? high : at, true));
        }

        d.Department = d.Template.Department.Length > 0 && main.Code == d.Template.Code ? d.Template.Department : Departments.Default;
        d.Doctor = $"D{d.Facility.Number:D3}{Departments.Number(d.Department):D2}{rng.Next(1, 10)}";
        d.Drg = rng.Chance(0.85) ? d.Template.Drg : null;
    }

    private CareSetting Setting(StayPlan plan)
    {
        if (plan.Settings is { } allowed)
        {
            return allowed.Contains(CareSetting.Inpatient) && rng.Chance(0.98) ? CareSetting.Inpatient : allowed[rng.Next(allowed.Count)];
        }

        return rng.Chance(0.98) ? CareSetting.Inpatient : CareSetting.Emergency;
    }

    private DiagnosisTemplate? PickDiagnosis(Sex sex, int age)
    {
        for (int attempt = 0; attempt < 12; attempt++)
        {
            double x = rng.NextDouble() * TotalWeight;
            foreach (DiagnosisTemplate t in DiagnosisTemplates.Main)
            {
                x -= t.Weight;
                if (x < 0)
                {
                    if (t.Fits(sex, age))
                    {
                        return t;
                    }

                    break;
                }
            }
        }

        return null;
    }

    /// <summary>The template of a required main diagnosis, or a general one carrying its department and group.</summary>
    private static DiagnosisTemplate Matching(Diagnosis main) =>
        DiagnosisTemplates.Main.FirstOrDefault(t => t.Code == main.Code)
        ?? new DiagnosisTemplate(main.Code, main.Name, Departments.Default, Groups.General, 0, null, 0, 150, 1, 0, [], "");

    private OperationTemplate? PickOperation(DiagnosisTemplate template, CareSetting setting, SyntheticFacility facility, StayPlan plan) =>
        !plan.NoOperation && setting == CareSetting.Inpatient && facility.Level >= 2 && template.Operations.Length > 0
            && (plan.Operated || rng.Chance(template.SurgeryChance))
            ? template.Operations[rng.Next(template.Operations.Length)]
            : null;

    /// <summary>Discharge day minus admission day; the length of stay is this, at least 1.</summary>
    private int Days(DiagnosisTemplate template, CareSetting setting, OperationTemplate? operation, StayPlan plan)
    {
        int days = setting == CareSetting.Inpatient
            ? (int)Math.Round(rng.LogNormal(7.2 * template.LosFactor + (operation is null ? 0 : 1.5), 0.5))
            : rng.Next(2);
        int upper = Math.Min(plan.MaxLos, StayPlan.LongestLos);
        days = Math.Clamp(days, Math.Min(plan.MinLos, upper), upper);
        return days <= 1 && plan.MinLos <= 1 && rng.Chance(0.3) ? 0 : days;
    }

    private (DateTime Admitted, DateTime Discharged) Times(int admissionDay, int dischargeDay)
    {
        if (admissionDay == dischargeDay)
        {
            DateTime at = ChinaTime.AtUtc(admissionDay, 7 * 60 + rng.Next(5 * 60));
            return (at, at.AddMinutes(120 + rng.Next(8 * 60)));
        }

        return (ChinaTime.AtUtc(admissionDay, 8 * 60 + rng.Next(14 * 60)), ChinaTime.AtUtc(dischargeDay, 9 * 60 + rng.Next(8 * 60)));
    }

    private Scheme? ChooseScheme(int index, Person person, DiagnosisTemplate template, int age, StayPlan plan)
    {
        Scheme scheme = persons.UsualScheme(index, person);
        if (scheme == Scheme.Employee && template.Group == Groups.Obstetric && rng.Chance(0.6))
        {
            scheme = Scheme.Maternity;
        }
        else if (scheme == Scheme.Employee && template.Code.StartsWith('S') && age < 60 && rng.Chance(0.2))
        {
            scheme = Scheme.WorkInjury;
        }

        if (plan.Schemes is { } allowed && !allowed.Contains(scheme))
        {
            return allowed.Count == 0 ? null : allowed[rng.Next(allowed.Count)];
        }

        return scheme;
    }
}
