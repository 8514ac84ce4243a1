namespace SmartReview.Storage.Tests.Accounts;

public sealed class AccountEndpointsTests
{
    [Fact]
    public void From_AzureChinaBlobUrl_GivesTheSameCloudsTableAndQueue()
    {
        AccountEndpoints e = AccountEndpoints.From(new StorageOptions { AccountUrl = "https://ybj330100.blob.core.chinacloudapi.cn/" });

        Assert.Equal("https://ybj330100.table.core.chinacloudapi.cn/", e.Table.ToString());
        Assert.Equal("https://ybj330100.blob.core.chinacloudapi.cn/", e.Blob.ToString());
        Assert.Equal("https://ybj330100.queue.core.chinacloudapi.cn/", e.Queue.ToString());
    }

    [Fact]
    public void From_AccountName_IsThePublicCloud()
    {
        AccountEndpoints e = AccountEndpoints.From(new StorageOptions { AccountName = "smartreview" });

        Assert.Equal("https://smartreview.queue.core.windows.net/", e.Queue.ToString());
    }

    [Theory]
    [InlineData("https://example.com/")]
    [InlineData("https://account.files.core.windows.net/")]
    public void From_UrlThatIsNoStorageEndpoint_IsRefusedNamingIt(string url)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => AccountEndpoints.From(new StorageOptions { AccountUrl = url }));

        Assert.Contains(url, e.Message);
    }

    [Fact]
    public void From_NothingConfigured_SaysWhatIsNeeded()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => AccountEndpoints.From(new StorageOptions()));

        Assert.Contains("account URL", e.Message);
    }
}
