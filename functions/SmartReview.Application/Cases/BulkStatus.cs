namespace SmartReview.Application.Cases;

/// <summary>
/// Whether a bulk decision was tried at all: <see cref="Answered"/> (each case has its own outcome); <see cref="Invalid"/>
/// (no keys, too many, or one that is not a case key); <see cref="Mixed"/> (cases of more than one rule or facility).
/// </summary>
public enum BulkStatus { Answered, Invalid, Mixed }
