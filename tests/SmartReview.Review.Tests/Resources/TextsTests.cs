using System.Collections;
using System.Globalization;
using System.Resources;
using ReviewTexts = SmartReview.Review.Support.Texts;

namespace SmartReview.Review.Tests.Resources;

public sealed class TextsTests
{
    private static SortedDictionary<string, string> Entries(CultureInfo culture)
    {
        ResourceSet set = ReviewTexts.Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        return new(set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!), StringComparer.Ordinal);
    }

    [Fact]
    public void Resources_ChineseAndEnglish_SameKeysAndPlaceholders()
    {
        // Arrange
        SortedDictionary<string, string> zh = Entries(CultureInfo.InvariantCulture);
        SortedDictionary<string, string> en = Entries(ReviewTexts.English);

        // Assert
        Assert.Equal(zh.Keys, en.Keys);
        foreach (string key in zh.Keys)
        {
            Assert.Equal(Placeholders(zh[key]), Placeholders(en[key]));
        }
    }

    [Fact]
    public void Resources_EveryStageRoleAndCommand_Named()
    {
        // Arrange
        IEnumerable<string> keys = Enum.GetNames<Stage>().Select(s => "Stage_" + s)
            .Concat(Enum.GetNames<Role>().Select(r => "Role_" + r))
            .Concat(typeof(CaseCommand).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(CaseCommand))).Select(t => "Command_" + t.Name));

        // Assert
        Assert.All(keys, key => Assert.False(string.IsNullOrWhiteSpace(ReviewTexts.Get(key, ReviewTexts.Chinese)), key));
    }

    [Fact]
    public void Reject_Template_ChineseFirstThenEnglish()
    {
        // Act
        Rejection rejection = ReviewTexts.Reject(RejectionCode.WrongStage, "WrongStage", Stage.Panel, new PassDeadline());

        // Assert
        Assert.Equal("案件处于合议阶段，不能按期限届满处理。", rejection.MessageZh);
        Assert.Equal("The case is in panel deliberation; it is not possible to pass the deadline there.", rejection.MessageEn);
        Assert.Equal(rejection.MessageZh + " / " + rejection.MessageEn, rejection.Message);
    }

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Distinct().Order()];
}
