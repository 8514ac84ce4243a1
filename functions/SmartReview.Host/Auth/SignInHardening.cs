using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using SmartReview.Storage;
using SmartReview.Storage.KeyRing;

namespace SmartReview.Host.Auth;

/// <summary>
/// Sign-in hardening: the Data Protection key ring (which signs and encrypts the sign-in cookie) kept in the
/// storage account's <c>{prefix}-keys</c> container, so a cookie survives a host restart and is good on every instance
/// of one deployment; and the failed-login limit (<see cref="LoginThrottle"/>).
/// </summary>
internal static class SignInHardening
{
    public static IServiceCollection AddSignInHardening(this IServiceCollection services)
    {
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<DemoSignIn>();
        services.AddDataProtection().SetApplicationName("SmartReview");
        services.AddOptions<KeyManagementOptions>()
            .Configure<StorageAccount>((o, account) => o.XmlRepository = new BlobXmlRepository(account.DataProtectionKeys));
        return services;
    }
}
