using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using SmartReview.Storage;
using SmartReview.Storage.KeyRing;

namespace SmartReview.Host.Auth;

/// <summary>
/// Sign-in hardening: the Data Protection key ring (which signs and encrypts the sign-in cookie) kept in the
/// storage account's <c>{prefix}-keys</c> container, so a cookie survives a host restart and is good on every instance
/// of one deployment, encrypted there with <see cref="AuthSettings.KeyCertificate"/> when one is configured; and the
/// failed-login limit (<see cref="LoginThrottle"/>).
/// </summary>
internal static class SignInHardening
{
    internal static IServiceCollection AddSignInHardening(this IServiceCollection services, AuthSettings settings)
    {
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<DemoSignIn>();
        IDataProtectionBuilder protection = services.AddDataProtection().SetApplicationName("SmartReview");
        if (settings.KeyCertificate is { } file)
        {
            // The builder also registers the certificate for decryption, so no certificate store is needed.
            protection.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(Path.GetFullPath(file, AppContext.BaseDirectory), settings.KeyCertificatePassword));
        }

        services.AddOptions<KeyManagementOptions>()
            .Configure<StorageAccount>((o, account) => o.XmlRepository = new BlobXmlRepository(account.DataProtectionKeys));
        return services;
    }
}
