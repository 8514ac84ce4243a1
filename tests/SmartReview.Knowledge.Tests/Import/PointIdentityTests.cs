using SmartReview.Knowledge.Import;
using SmartReview.Knowledge.Mapping;
using SmartReview.Knowledge.Nhsa;

namespace SmartReview.Knowledge.Tests.Import;

public sealed class PointIdentityTests
{
    private static readonly RuleMap Map = ImportData.Load(new ImportOptions()).Map;

    private static NhsaPoint Point(string rule, string item, string[] codes, string restriction = "", string nhsaId = "KP-1", int? batch = 1) =>
        new() { RuleName = rule, ItemName = item, Codes = codes, Restriction = restriction, NhsaId = nhsaId, Batch = batch };

    private static string? Id(NhsaPoint p) => PointIdentity.Of(Map.Find(p.RuleName, null)!, p);

    [Fact]
    public void Of_SamePointRestatedWithOtherNhsaIdAndMoreCodes_SameId()
    {
        NhsaPoint first = Point("药品区分性别使用", "艾附暖宫丸", ["Z1", "Z2"], nhsaId: "KP-d44c62fff59ea98b");
        NhsaPoint later = Point("药品区分性别使用", "艾附暖宫丸", ["Z1", "Z2", "Z3"], nhsaId: "KP-8f3fb0c6c5f6fe1b", batch: null);

        Assert.Equal(Id(first), Id(later));
        Assert.Matches("^NK-[0-9a-f]{16}$", Id(first));
    }

    [Fact]
    public void Of_FullWidthAndHalfWidthNames_SameId()
    {
        Assert.Equal(Id(Point("药品区分性别使用", "醋酸阿比特龙片（Ⅱ）", ["X1"])), Id(Point("药品区分性别使用", "醋酸阿比特龙片(Ⅱ)", ["X1"])));
    }

    [Fact]
    public void Of_SameItemUnderTwoRules_DifferentIds()
    {
        Assert.NotEqual(Id(Point("药品限医疗机构级别", "银杏内酯注射液", ["Z9"])), Id(Point("药品限支付疗程", "银杏内酯注射液", ["Z9"])));
    }

    [Fact]
    public void Of_SurgeryIdentifiedByGroupAndCodes_NotByName()
    {
        NhsaPoint a = Point("手术项目未按规定折价收费", "胆总管探查T管引流术", ["003310060110000"], "肝胆手术组");
        NhsaPoint b = Point("手术项目未按规定折价收费", "胆总管探查T管引流术", ["003310060120000"], "肝胆手术组");
        NhsaPoint renamed = Point("手术项目未按规定折价收费", "胆总管探查T管引流术(改名)", ["003310060110000"], "肝胆手术组");

        Assert.NotEqual(Id(a), Id(b));
        Assert.Equal(Id(a), Id(renamed));
    }

    [Fact]
    public void Of_NoItemName_IsNull()
    {
        Assert.Null(Id(Point("药品区分性别使用", " ", ["X1"])));
    }
}
