[assembly: AssemblyFixture(typeof(SmartReview.Testing.AzuriteFixture))]
