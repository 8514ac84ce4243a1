using SmartReview.Review;

namespace SmartReview.Application.Reports;

/// <summary>
/// The open cases of one stage: how many, how many overdue (due before the dashboard's time), and how old, in
/// working days (China calendar) from the China date they were opened: 0–5, 6–10, 11–20, over 20.
/// </summary>
public sealed record StageAgeing(Stage Stage, int Open, int Overdue, int Age0To5, int Age6To10, int Age11To20, int AgeOver20);
