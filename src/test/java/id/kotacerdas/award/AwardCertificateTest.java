package id.kotacerdas.award;

import static id.kotacerdas.award.AwardPeriods.ASSESSED;
import static id.kotacerdas.award.AwardPeriods.KEBUMEN;
import static id.kotacerdas.award.AwardProposalTest.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.PdfArchival;
import id.kotacerdas.support.PdfPages;
import id.kotacerdas.support.PdfText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A winner's certificate: one A4 page of PDF/A in Bahasa Indonesia naming the region, the award, the year and
 * what it was awarded for (the number, its working, its rank), issued by the ministry; public once published.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwardCertificateTest {

    private static final String AWARD = "/api/v1/periods/" + ASSESSED + "/awards/governance-piagam";
    private static final String CERTIFICATE = AWARD + "/winners/" + KEBUMEN + "/certificate.pdf";

    @Autowired
    MockMvc mvc;

    private byte[] pdf;

    @BeforeAll
    void kebumenWinsThePublishedGovernanceAward(@Autowired ApplicationContext context) throws Exception {
        AwardPeriods.ensure(context);
        mvc.perform(post("/api/v1/periods/" + ASSESSED + "/awards")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Kabupaten dengan Smart Governance terbaik","slug":"governance-piagam",
                                 "measure":"SMART_DIMENSION_OUTCOME","subject":"GOVERNANCE","kind":"KABUPATEN",
                                 "places":1}"""))
                .andExpect(status().isCreated());
        mvc.perform(put(AWARD + "/winners")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"winners\":[\"" + KEBUMEN + "\"],\"note\":\"Sesuai usulan sistem.\"}"))
                .andExpect(status().isOk());
        mvc.perform(post(AWARD + "/publish").with(admin())).andExpect(status().isOk());
        pdf = mvc.perform(get(CERTIFICATE))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"piagam-" + ASSESSED + "-governance-piagam-" + KEBUMEN
                                        + ".pdf\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void the_certificate_names_the_region_the_award_the_year_and_what_it_was_awarded_for() throws Exception {
        String text = PdfText.of(pdf).replaceAll("\\s+", " ");

        assertThat(text)
                .contains("KEMENTERIAN KOMUNIKASI DAN DIGITAL REPUBLIK INDONESIA")
                .contains("Gerakan Menuju Kota Cerdas Tahun " + ASSESSED)
                .contains("PIAGAM PENGHARGAAN")
                .contains("diberikan kepada Kabupaten Kebumen Provinsi Jawa Tengah")
                .contains("sebagai Kabupaten dengan Smart Governance terbaik")
                .contains("atas rata-rata nilai pertanyaan Outcome Smart Governance sebesar 3,83")
                .contains("peringkat 1 dari 4 kabupaten/kota yang bersaing")
                .contains("Perhitungan: (4 + 4 + 4 + 4 + 4 + 3) / 6 = 23 / 6 = 3,83")
                .contains("Menteri Komunikasi dan Digital Republik Indonesia")
                .containsPattern("Jakarta, \\d{1,2} [A-Z][a-z]+ \\d{4}")
                .doesNotContain("DRAF");
    }

    @Test
    void the_certificate_is_one_page_of_pdf_a_with_its_fonts_embedded() throws Exception {
        assertThat(PdfArchival.check(pdf)).isEqualTo(1);
        PdfPages.keep("award-certificate", pdf);
    }
}
