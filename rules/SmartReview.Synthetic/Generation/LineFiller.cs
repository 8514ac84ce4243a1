using SmartReview.Kernel;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Planting;

namespace SmartReview.Synthetic.Generation;

/// <summary>
/// Bills a stay: a bed, nursing and ward-round line each day, an admission work-up (labs, imaging, ECG), the
/// operation with its anaesthesia, implants and pathology, then drugs, tests, treatments, supplies and sometimes
/// herbal pieces spread over the days — 20 to 200 lines, more for longer stays. Knowledge items come up now and
/// then; each is kept only if every rule reading its code still holds (the rule may lower its price or quantity).
/// </summary>
internal sealed class LineFiller(PlantingContext context)
{
    private static readonly (ItemCategory Category, double Weight)[] Mix =
    [
        (ItemCategory.Drug, 0.55), (ItemCategory.Lab, 0.14), (ItemCategory.Treatment, 0.13), (ItemCategory.Consumable, 0.10),
        (ItemCategory.Exam, 0.04), (ItemCategory.HerbalPiece, 0.04),
    ];

    private readonly Random _rng = context.Rng;
    private readonly ItemCatalogue _catalogue = context.Catalogue;
    private readonly LineFactory _lines = context.Lines;
    private readonly CatalogueItem? _rounds = context.Catalogue.Find(ServiceTemplates.Rounds.Code);

    public void Fill(StayDraft d)
    {
        string group = d.Template.Group;
        int target = Math.Clamp((int)Math.Round((20 + 6.5 * d.LengthOfStay) * _rng.Between(0.8, 1.25)), 20, 200);
        Daily(d, group);
        Regimen(d, group, target - 12);
        Workup(d, group);
        if (d.Operations.Count > 0)
        {
            Operate(d);
        }

        bool herbal = _rng.Chance(0.12);
        for (int guard = 0; d.Lines.Count < target && guard < target * 3; guard++)
        {
            ItemCategory category = Category();
            if (category == ItemCategory.HerbalPiece && !herbal)
            {
                category = ItemCategory.Drug;
            }

            AddDrawn(d, category, category == ItemCategory.HerbalPiece ? Groups.Herbal : group, _lines.RandomDay(d));
        }
    }

    private void Daily(StayDraft d, string group)
    {
        string ward = group == Groups.Icu ? Groups.Icu : Groups.General;
        CatalogueItem? bed = Choose(ItemCategory.Bed, ward, 0.35);
        CatalogueItem? nursing = Choose(ItemCategory.Nursing, ward, 0.35);
        int last = Math.Max(d.AdmissionDay, d.DischargeDay - 1);
        for (int day = d.AdmissionDay; day <= last; day++)
        {
            AddDaily(d, bed, ItemCategory.Bed, ward, day);
            AddDaily(d, nursing, ItemCategory.Nursing, ward, day);
            if (_rounds is not null && d.Setting == CareSetting.Inpatient)
            {
                AddItem(d, _rounds, day, 1);
            }
        }
    }

    /// <summary>Two to four drugs given every day of the stay (the antibiotic, the infusion, the disease's own drug).</summary>
    private void Regimen(StayDraft d, string group, int limit)
    {
        int drugs = 2 + _rng.Next(3), last = Math.Max(d.AdmissionDay, d.DischargeDay - 1);
        for (int i = 0; i < drugs; i++)
        {
            CatalogueItem? drug = null;
            for (int attempt = 0; attempt < 6 && (drug is null || drug.Price < 10); attempt++)
            {
                drug = _catalogue.Draw(ItemCategory.Drug, group, _rng);
            }

            for (int day = d.AdmissionDay; drug is not null && day <= last && d.Lines.Count < limit; day++)
            {
                AddItem(d, drug, day, null);
            }
        }
    }

    private void Workup(StayDraft d, string group)
    {
        int labs = 4 + _rng.Next(4), exams = 1 + _rng.Next(3);
        int second = Math.Min(d.AdmissionDay + 1, d.DischargeDay);
        for (int i = 0; i < labs; i++)
        {
            AddDrawn(d, ItemCategory.Lab, group, d.AdmissionDay);
        }

        for (int i = 0; i < exams; i++)
        {
            AddDrawn(d, ItemCategory.Exam, group, _rng.Chance(0.6) ? d.AdmissionDay : second);
        }
    }

    private void Operate(StayDraft d)
    {
        Operation operation = d.Operations[0];
        int day = ChinaTime.Date(operation.PerformedAt!.Value).DayNumber;
        OperationTemplate? template = d.Template.Operations.FirstOrDefault(o => o.Code == operation.Code);
        if (template is null)
        {
            return;
        }

        if (_catalogue.Find(template.Fee.Code) is { } fee)
        {
            AddItem(d, fee, day, 1);
        }

        AddDrawn(d, ItemCategory.Surgery, Groups.Surgery, day);
        foreach (string group in template.Consumables.Split('|'))
        {
            IReadOnlyList<CatalogueItem> supplies = _catalogue.Group(ItemCategory.Consumable, group);
            for (int i = 0; i < Math.Min(2, supplies.Count); i++)
            {
                AddItem(d, supplies[_rng.Next(supplies.Count)], day, null);
            }
        }

        AddDrawn(d, ItemCategory.Lab, "pathology", day);
    }

    private CatalogueItem? Choose(ItemCategory category, string group, double knowledgeShare) =>
        (_rng.Chance(knowledgeShare) ? _catalogue.DrawKnowledge(category, _rng) : null) ?? _catalogue.Draw(category, group, _rng);

    private void AddDaily(StayDraft d, CatalogueItem? item, ItemCategory category, string group, int day)
    {
        if (item is null || !AddItem(d, item, day, 1))
        {
            AddDrawn(d, category, group, day, knowledgeShare: 0);
        }
    }

    private void AddDrawn(StayDraft d, ItemCategory category, string group, int day, double knowledgeShare = 0.05)
    {
        CatalogueItem? item = _rng.Chance(knowledgeShare) ? _catalogue.DrawKnowledge(category, _rng) : null;
        for (int attempt = 0; attempt < 4; attempt++)
        {
            item ??= _catalogue.Draw(category, group, _rng);
            if (item is null || AddItem(d, item, day, null))
            {
                return;
            }

            item = null;
        }
    }

    private bool AddItem(StayDraft d, CatalogueItem item, int day, decimal? quantity)
    {
        DraftLine line = _lines.Create(d, item, day, quantity);
        if (item.Free)
        {
            d.Add(line);
            return true;
        }

        return context.TryAdd(d, line);
    }

    private ItemCategory Category()
    {
        double x = _rng.NextDouble();
        foreach ((ItemCategory category, double weight) in Mix)
        {
            x -= weight;
            if (x < 0)
            {
                return category;
            }
        }

        return ItemCategory.Drug;
    }
}
