[assembly: AssemblyFixture(typeof(SmartReview.Testing.AzuriteFixture))]
[assembly: AssemblyFixture(typeof(SmartReview.Web.Tests.Support.Chromium))]
