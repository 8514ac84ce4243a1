namespace SmartReview.Review;

/// <summary>
/// The payment-qualification points (医保支付资格记分) an event gives or takes: <see cref="Points"/> to
/// <see cref="PersonId"/> for <see cref="Degree"/> of responsibility, counted in <see cref="Year"/> (China time of the
/// recording). On <see cref="EventKind.PointsWithdrawn"/> it repeats the recording it withdraws and
/// <see cref="Withdraws"/> names that recording's sequence.
/// </summary>
public sealed record PointsAward(string PersonId, Responsibility Degree, int Points, int Year, int? Withdraws = null);
