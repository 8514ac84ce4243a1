using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.History;

/// <summary>A split-admission pair is found once, on the later stay, whatever the order or the threads.</summary>
public sealed class SplitAdmissionOrderTests
{
    private static readonly CompiledPack Pack =
        TestPacks.Compile(TestPacks.Rule("R-SPLIT", "split_admission", knowledge: null, parameters: """{"interval_days":15}"""));

    private static Settlement Stay(string id, string admitted, string discharged) =>
        new SettlementBuilder().WithId(id).Stay(admitted, discharged).WithLine(id + "-1", Codes.BedDay).Build();

    private static readonly Settlement Earlier = Stay("S1", "2024-03-01 09:00", "2024-03-05 10:00");
    private static readonly Settlement Later = Stay("S2", "2024-03-12 09:00", "2024-03-15 10:00");

    private static List<Flag> ScoreInOrder(CompiledPack pack, params Settlement[] settlements)
    {
        var history = new InMemoryStayHistory();
        return [.. settlements.SelectMany(s => pack.CreateScorer(history).Score(s))];
    }

    [Fact]
    public void Score_TwoStaysInEitherOrder_FlagTheLaterStayOnceWithOneId()
    {
        // Act
        List<Flag> forward = ScoreInOrder(Pack, Earlier, Later);
        List<Flag> backward = ScoreInOrder(Pack, Later, Earlier);

        // Assert
        Flag f = Assert.Single(forward);
        Flag b = Assert.Single(backward);
        Assert.Equal(f.Id, b.Id);
        Assert.Equal(("S2", "S1"), (f.SettlementId, f.RelatedSettlementId));
        Assert.Equal(("S2", "S1"), (b.SettlementId, b.RelatedSettlementId));
        Assert.Equal(FlagIds.For("R-SPLIT", "S2", "S1", []), f.Id);
    }

    [Fact]
    public void Score_BothStaysScoredAgain_RepeatsTheSameFlagId()
    {
        // Arrange
        var history = new InMemoryStayHistory();
        Scorer scorer = Pack.CreateScorer(history);
        string first = Assert.Single([.. scorer.Score(Earlier), .. scorer.Score(Later)]).Id;

        // Act
        IReadOnlyList<Flag> again = [.. scorer.Score(Earlier), .. scorer.Score(Later)];

        // Assert: each re-scoring re-emits the pair under the same id, so a sink can de-duplicate
        Assert.Equal(2, again.Count);
        Assert.All(again, f => Assert.Equal(first, f.Id));
    }

    [Fact]
    public void Score_SameStayTwice_DoesNotPairWithItself()
    {
        // Arrange
        var history = new InMemoryStayHistory();
        Scorer scorer = Pack.CreateScorer(history);
        scorer.Score(Earlier);

        // Act
        IReadOnlyList<Flag> flags = scorer.Score(Earlier);

        // Assert
        Assert.Empty(flags);
    }

    [Fact]
    public void Score_ThreeStaysInEveryOrder_FlagEachPairOnce()
    {
        // Arrange
        Settlement a = Stay("SA", "2024-03-01 09:00", "2024-03-03 10:00");
        Settlement b = Stay("SB", "2024-03-06 09:00", "2024-03-08 10:00");
        Settlement c = Stay("SC", "2024-03-10 09:00", "2024-03-12 10:00");
        Settlement[][] orders = [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]];
        string[] expected = [.. new[] { ("SB", "SA"), ("SC", "SA"), ("SC", "SB") }.Select(p => FlagIds.For("R-SPLIT", p.Item1, p.Item2, [])).Order()];

        // Act
        List<string[]> found = [.. orders.Select(order => ScoreInOrder(Pack, order).Select(f => f.Id).Order().ToArray())];

        // Assert
        Assert.All(found, ids => Assert.Equal(expected, ids));
    }

    [Fact]
    public void Score_TwoStaysConcurrentlyOnASharedHistory_FlagThePairExactlyOnce()
    {
        // Arrange
        string expected = FlagIds.For("R-SPLIT", "S2", "S1", []);

        for (int run = 0; run < 300; run++)
        {
            var history = new InMemoryStayHistory();
            using var start = new Barrier(2);
            var results = new IReadOnlyList<Flag>[2];
            Settlement[] stays = run % 2 == 0 ? [Earlier, Later] : [Later, Earlier];
            Thread[] threads = [.. Enumerable.Range(0, 2).Select(i => new Thread(() =>
            {
                Scorer scorer = Pack.CreateScorer(history);
                start.SignalAndWait();
                results[i] = scorer.Score(stays[i]);
            }))];

            // Act
            foreach (Thread t in threads) { t.Start(); }
            foreach (Thread t in threads) { t.Join(); }

            // Assert
            Flag flag = Assert.Single(results.SelectMany(r => r));
            Assert.Equal(expected, flag.Id);
        }
    }

    [Fact]
    public void Score_TwoSameDayStaysInEitherOrder_FlagThePairOnceWithOneId()
    {
        // Arrange: discharged and readmitted on one China day, both stays within that day
        Settlement morning = Stay("S-AM", "2024-03-10 08:00", "2024-03-10 12:00");
        Settlement afternoon = Stay("S-PM", "2024-03-10 14:00", "2024-03-10 18:00");

        // Act
        List<Flag> forward = ScoreInOrder(Pack, morning, afternoon);
        List<Flag> backward = ScoreInOrder(Pack, afternoon, morning);

        // Assert
        Assert.Equal(Assert.Single(forward).Id, Assert.Single(backward).Id);
    }

    [Theory]
    [InlineData("2024-03-05 15:00", true)]
    [InlineData("2024-03-06 09:00", false)]
    public void Score_IntervalZero_FlagsOnlyASameDayReadmission(string readmitted, bool fires)
    {
        // Arrange
        CompiledPack pack = TestPacks.Compile(TestPacks.Rule("R-SPLIT", "split_admission", knowledge: null, parameters: """{"interval_days":0}"""));
        Settlement again = Stay("S2", readmitted, "2024-03-08 10:00");

        // Act
        List<Flag> flags = ScoreInOrder(pack, Earlier, again);

        // Assert
        Assert.Equal(fires ? 1 : 0, flags.Count);
    }

    [Fact]
    public void Score_WithoutHistory_DoesNotFlagSplitAdmission()
    {
        // Arrange
        Scorer scorer = Pack.CreateScorer();

        // Act
        IReadOnlyList<Flag> flags = [.. scorer.Score(Earlier), .. scorer.Score(Later)];

        // Assert
        Assert.Empty(flags);
    }
}
