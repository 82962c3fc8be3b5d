package org.gongkai.education.notice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The structured content of each education notice type. */
public final class EducationPayloads {

    private EducationPayloads() {
    }

    /**
     * 学区划分: which communities and address segments each school serves. An address segment is a whole street
     * ("卜奎大街") or a house-number range ("龙华路1-199号", "龙华路单号1-99号").
     */
    public record SchoolDistrict(
            @NotNull(message = "请填写招生年度") @Min(value = 2000, message = "招生年度应为四位年份")
            @Max(value = 2100, message = "招生年度应为四位年份") Integer schoolYear,
            @NotEmpty(message = "须列明各学校的学区范围") List<@Valid @NotNull SchoolZone> schools,
            @Size(max = 500) String consultation) {
    }

    /** One school's catchment for one stage. */
    public record SchoolZone(
            @NotBlank(message = "请填写学校名称") @Size(max = 60) String school,
            @NotNull(message = "请选择学段（PRIMARY 小学 / JUNIOR 初中）") Stage stage,
            @Size(max = 200) String schoolAddress,
            List<@NotBlank(message = "小区（社区）名称不能为空") @Size(max = 60) String> communities,
            List<@NotBlank(message = "地址段不能为空") @Size(max = 80) String> addresses) {

        @AssertTrue(message = "须列明该校服务的小区（社区）或地址段")
        public boolean isCovered() {
            return (communities != null && !communities.isEmpty()) || (addresses != null && !addresses.isEmpty());
        }
    }

    /** 招生入学政策. */
    public record EnrollmentPolicy(
            @NotNull(message = "请填写招生年度") @Min(2000) @Max(2100) Integer schoolYear,
            @NotEmpty(message = "请选择学段") List<@NotNull Stage> stages,
            @NotBlank(message = "须载明招生对象和条件") String enrollmentTargets,
            @NotBlank(message = "须载明入学年龄要求") String ageRequirement,
            @NotEmpty(message = "须列明报名所需材料") List<@NotBlank String> requiredDocuments,
            @NotNull(message = "请填写报名开始日期") LocalDate registrationStart,
            @NotNull(message = "请填写报名截止日期") LocalDate registrationEnd,
            @NotBlank(message = "须载明报名方式") String registrationMethod,
            @NotBlank(message = "须载明录取方式") String admissionMethod,
            @NotBlank(message = "须载明咨询方式") String consultation) {
    }

    /**
     * 阳光分班结果: teacher teams (a head teacher and subject teachers) drawn by lot to the balanced natural groups
     * of students, in front of witnesses.
     */
    public record PlacementResult(
            @NotBlank(message = "请填写学校名称") String school,
            @NotBlank(message = "请填写年级") String grade,
            @NotNull(message = "请填写抽签日期") LocalDate drawDate,
            @NotBlank(message = "请填写抽签地点") String drawPlace,
            @NotBlank(message = "须载明分班办法") String method,
            @NotEmpty(message = "须列明各班抽签结果") List<@Valid @NotNull ClassDraw> classes,
            @NotNull(message = "须记录现场监督见证人")
            @Size(min = 2, message = "须记录至少两名现场监督见证人（姓名和身份）") List<@Valid @NotNull Witness> witnesses) {
    }

    /** One class: the teacher team and the natural group of students it drew. */
    public record ClassDraw(
            @NotBlank(message = "请填写班级") String className,
            @NotBlank(message = "请填写班主任") String headTeacher,
            List<@NotBlank String> teachers,
            @NotBlank(message = "请填写抽中的学生自然组") String drawnGroup) {
    }

    /** A person who watched the draw: 纪检/行风监督员, 教育局工作人员, 家长代表, 学生代表. */
    public record Witness(
            @NotBlank(message = "请填写见证人姓名") @Size(max = 20) String name,
            @NotBlank(message = "请填写见证人身份") @Size(max = 40) String role) {
    }

    /** 贫困住宿生生活补助名单: the roster carries the students; the payload the standard and the totals. */
    public record BoardingSubsidyList(
            @NotBlank(message = "请填写学校名称") String school,
            @NotBlank(message = "请填写学期") String term,
            @NotBlank(message = "须载明贫困住宿生认定标准") String eligibilityCriteria,
            @NotBlank(message = "须载明生活补助发放标准") String subsidyStandard,
            @NotNull(message = "请填写补助人数") @Min(value = 1, message = "补助人数至少为1") Integer studentCount,
            @NotNull(message = "请填写补助总金额") @DecimalMin(value = "0", message = "补助总金额不能为负数")
            BigDecimal totalAmount,
            @NotBlank(message = "须载明异议反馈渠道") String objectionContact) {
    }
}
