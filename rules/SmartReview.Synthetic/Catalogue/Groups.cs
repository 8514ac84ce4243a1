namespace SmartReview.Synthetic.Catalogue;

/// <summary>Clinical groups that tie diagnoses to the drugs, exams and treatments their stays use.</summary>
internal static class Groups
{
    public const string General = "general", Respiratory = "respiratory", Cardio = "cardio", Neuro = "neuro", Surgery = "surgery",
        Endocrine = "endocrine", Oncology = "oncology", Obstetric = "obstetric", Pediatric = "pediatric", Ortho = "ortho", Urology = "urology",
        Gastro = "gastro", Renal = "renal", Eye = "eye", Icu = "icu", Herbal = "herbal", Expensive = "expensive";
}
