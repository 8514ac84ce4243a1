namespace SmartReview.Rules.Packs;

public enum Severity { Low, Medium, High }
