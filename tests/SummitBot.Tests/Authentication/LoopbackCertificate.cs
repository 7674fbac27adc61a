using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SummitBot.Tests.Authentication;

/// <summary>
/// A self-signed certificate for 127.0.0.1, trusted for as long as this object lives. The SDK fetches OpenID metadata
/// with its own HttpClient and IdentityModel insists on HTTPS, so the test's metadata server needs a certificate the
/// process trusts: on Linux, .NET trusts the current user's Root store, which is where it goes (and is removed from).
/// </summary>
internal sealed class LoopbackCertificate : IDisposable
{
    private const string SubjectPrefix = "CN=SummitBot test OpenID metadata ";

    private LoopbackCertificate(X509Certificate2 certificate)
    {
        Certificate = certificate;
        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);

        // One left behind by a test process that was killed: no longer needed by anyone. (Each certificate has its own
        // subject: with two trusted certificates of one subject, chain building may pick the other one's key.)
        foreach (var stale in store.Certificates)
        {
            if (stale.Subject.StartsWith(SubjectPrefix, StringComparison.Ordinal) && stale.NotBefore < DateTime.Now.AddHours(-2))
            {
                store.Remove(stale);
            }

            stale.Dispose();
        }

        store.Add(X509CertificateLoader.LoadCertificate(certificate.RawData));
    }

    public X509Certificate2 Certificate { get; }

    public static LoopbackCertificate Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(SubjectPrefix + Guid.NewGuid().ToString("N"), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));

        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(2));

        // Round-tripped through PKCS#12 so Kestrel's TLS on Linux can use the private key.
        return new LoopbackCertificate(X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null));
    }

    public void Dispose()
    {
        using (var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            store.Open(OpenFlags.ReadWrite);
            foreach (var trusted in store.Certificates.Find(X509FindType.FindByThumbprint, Certificate.Thumbprint, validOnly: false))
            {
                store.Remove(trusted);
                trusted.Dispose();
            }
        }

        Certificate.Dispose();
    }
}
