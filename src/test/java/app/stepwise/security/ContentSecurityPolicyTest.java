package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which requests are Vaadin's data answers, read from the query string: only a click's
 * and a heartbeat's, wherever the parameter stands; anything else is a page and gets the
 * page policy with its nonce.
 */
class ContentSecurityPolicyTest {

	@Test
	void clicksAndHeartbeatsAreDataWhereverTheParameterStands() {
		assertThat(ContentSecurityPolicy.isData("v-r=uidl&v-uiId=0")).isTrue();
		assertThat(ContentSecurityPolicy.isData("v-uiId=3&v-r=heartbeat")).isTrue();
		assertThat(ContentSecurityPolicy.isData("v-r=uidl")).isTrue();
	}

	@Test
	void everythingElseIsAPage() {
		assertThat(ContentSecurityPolicy.isData(null)).isFalse();
		assertThat(ContentSecurityPolicy.isData("")).isFalse();
		assertThat(ContentSecurityPolicy.isData("v-r=init&location=&query=")).isFalse();
		assertThat(ContentSecurityPolicy.isData("v-r=uidlx&v-uiId=0")).isFalse();
		assertThat(ContentSecurityPolicy.isData("x-v-r=uidl")).isFalse();
		assertThat(ContentSecurityPolicy.isData("lang=sl&next=v-r%3Duidl")).isFalse();
	}

}
