namespace SmartReview.Rules.Settlements;

/// <summary>Sex as recorded on the insured person: the extract's 1/2 codes are written M/F.</summary>
public enum Sex { Male, Female }

/// <summary>Insurance scheme that pays the settlement.</summary>
public enum Scheme { Employee, Resident, WorkInjury, Maternity }

/// <summary>Where care was given (就医方式).</summary>
public enum CareSetting { Inpatient, Outpatient, Emergency, Pharmacy, Internet }

/// <summary>Line item category (收费类别).</summary>
public enum ItemCategory { Drug, HerbalPiece, Service, Exam, Lab, Treatment, Surgery, Consumable, Bed, Nursing, Other }

/// <summary>Payment class of a catalogue item: 甲 (A), 乙 (B), 丙 (C).</summary>
public enum PaymentClass { A, B, C }
