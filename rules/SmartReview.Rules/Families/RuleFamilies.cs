namespace SmartReview.Rules.Families;

/// <summary>Every family the engine knows, by the name packs use.</summary>
public static class RuleFamilies
{
    public static readonly IReadOnlyDictionary<string, IRuleFamily> All = new IRuleFamily[]
    {
        new SexRestrictedItem(), new AgeRestrictedItem(), new DiagnosisRestrictedItem(), new FacilityLevelRestrictedItem(),
        new CareSettingRestrictedItem(), new QuantityLimit(inMoney: false), new QuantityLimit(inMoney: true), new ExclusivePair(), new UnitPriceCap(), new ChargeOutsideStay(),
        new SplitAdmission(), new LowStandardAdmission(), new LargeClaim(), new SchemeRestrictedItem(), new DepartmentRestrictedItem(),
        new NonPayableItem(), new Contraindication(), new TextRestrictedItem(), new PrerequisiteItem(), new CourseLengthLimit(),
        new KindsPerDay(), new TherapeuticDuplicate(), new NonPayableCombination(), new SexRestrictedCode(), new AgeRestrictedCode(),
        new OverlappingStays(), new VisitFrequency(), new GhostBed(), new PriceDeviation(), new PerioperativeWindow(),
        new SurgeryWithoutOperation(), new DiagnosisOperationMismatch(), new DiagnosisWithoutTreatment(), new BedDaysBeyondStay(),
        new SurgeryDiscount(), new Unbundling(), new UploadTimeliness(), new FacilityIndicator(), new TextRestrictedPair(),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);
}
