package app.stepwise.tenant.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * How Stepwise proves to Microsoft Entra ID that it is the app registration: a client
 * secret, or a certificate whose private key signs a client assertion (recommended:
 * nothing secret travels). Neither prints its secret part.
 */
sealed interface ClientCredential {

	/** The Application (client) ID. */
	String clientId();

	/** A client secret. */
	record ClientSecret(String clientId, Secret secret) implements ClientCredential {

		@Override
		public String toString() {
			return "ClientSecret[" + clientId + "]";
		}

	}

	/** A certificate and its private key. */
	record Certificate(String clientId, X509Certificate certificate, PrivateKey key) implements ClientCredential {

		@Override
		public String toString() {
			return "Certificate[" + clientId + ", " + certificate.getSubjectX500Principal().getName() + "]";
		}

	}

}
